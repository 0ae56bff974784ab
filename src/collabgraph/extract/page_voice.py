"""The body a page speaks for when it says "we" and "our" (outside quotations) but
no author, byline or address says whose page it is. A careful reader takes it from:

- the headline, when it labels the page with the body's name: the body opening the
  headline (after "The" at most) and standing alone before a colon, dash or a
  closing bracket ("Foo Homes: our board", "FOO ACTION - MEMBERS' BULLETIN", "The
  Foo Trust - Annual Review", "Foo Trust (registered charity)") or a word of
  `vocab/page_label_nouns.txt` ("Foo Homes Newsletter - Spring") or as the whole
  headline, or named after "from" closing it ("Community News from Foo Homes", "An
  update from Foo Trust"), or after a word of that list and "of" ("The Newsletter of
  the Foo Federation"), or after "the" and before a word of that list ("SPARK - the
  Foo Action e-bulletin": Foo Action, not the newsletter's own name);
- a line "About Foo Trust" (the note a body's own news closes with);
- "we"/"our" said to be the body: "all of us at Foo Trust", "we at Foo", "our
  work at Foo Advice Centre" (`vocab/our_at_nouns.txt`: the nouns that are the
  body's own people or work, not "our sessions at Foo Infirmary", a venue), "At
  Foo, we ...", "We are Foo", "Welcome to the Foo newsletter";
- else the body one of its first sentences opens with as subject ("Foo Works
  helps people ... Here are the projects we run": `page_speaker.opening_mention`);
- else the name the first sentence opens with as the subject of a verb in the
  present, "we" following, however it was typed ("Foo Kitchen doesn't work alone.
  Everything we do ...": `page_speaker.self_described`), then voted a body.

`voiced_body` is read once every sentence is read (`after_reading.settle`) into
`DocumentContext.voiced_org`, the last thing `DocumentContext.page_org` falls back on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import doc_text
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.page_only_body import only_body
from collabgraph.extract.page_speaker import opening_mention, self_described, speaks_as_we

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.mentions import Mention

_LABEL_MARKS = {":", "|"} | lx.DASHES  # "Foo Homes: our board", "FOO - BULLETIN"
_TELLING_TAG = "VBZ"  # a headline's verb: "Foo Trust welcomes", "Foo Council awards"
_LABEL_NOUNS = vocab.words("page_label_nouns")  # "Foo Homes Newsletter", "Foo Trust news"
_ABOUT_LINE = re.compile(r"About ([A-Z][^.:!?\n]{2,80}?):?")  # "About Foo Trust"
_SIGN_OFF = re.compile(
    r"(?:[–—-]\s*)?"  # "– The team at Foo Trust": a sign-off set off by a dash
    r"(?:(?:[Tt]he (?:team|staff|trustees|volunteers) at |(?:Everyone|All of us) at )"
    r"(?:the )?([A-Z][^.:!?\n]{2,80}?)[.!]?|[Tt]he ([A-Z][^.:!?\n]{2,80}?) [Tt]eam[.!]?)"
)  # "The team at Foo Trust", "The Foo Trust team": a sign-off
_SIGN_OFF_LINES = 2  # of the page's last lines
_OUR_AT_NOUNS = vocab.words("our_at_nouns")  # "our work at Foo", "our team at Foo"
_WE_AT = {"we", "us"}  # "we at Foo", "all of us at Foo"
_WE_OUR = {"we", "our"}  # "At Foo, we believe"


def voiced_body(ctx: DocumentContext, docs) -> int | None:
    """The mention id of the body the page's "we" is (see the module's doc), the
    body's first mention in the page's text when the headline names it; None when
    the page does not speak as "we" or says nothing of whose voice it is."""
    if not docs or not speaks_as_we(ctx):
        return None
    found = headline_body(ctx, docs)
    if found is None:
        found = _about_line_body(ctx, docs)
    if found is None:
        found = _we_at_body(ctx, docs)
    if found is None:
        opening = opening_mention(ctx, docs, ctx.type_of, lambda m: mention_key(m.text))
        found = opening.id if opening is not None else None
    if found is None:
        found = _self_described_body(ctx, docs)  # "Foo Kitchen doesn't work alone. We ..."
    if found is None:
        found = only_body(ctx, docs)  # "Team news - summer bulletin, Foo Network"
    if found is None:
        return None
    key = mention_key(ctx.mentions[found].text)
    return next(
        (m.id for m in ctx.mentions if not m.synthetic and mention_key(m.text) == key), found
    )


def _self_described_body(ctx: DocumentContext, docs) -> int | None:
    """The name the page's first sentence tells of in the present, "we" following
    (`page_speaker.self_described`), voted an organisation when read as something
    else ("Foo Young Carers" as a project): the page's own body."""
    m = self_described(ctx, docs)
    if m is None:
        return None
    if ctx.type_of(m) != "Organisation":
        _call_a_body(ctx, m)
    return m.id


def event_owner(ctx: DocumentContext) -> int | None:
    """The one organisation said to have organised the page's own event ("Our
    webinar was hosted by Foo Network", "Organised by: Foo CVS"): on a page speaking
    as "we", posts named with no body ("chaired by our director, Jo Tern") are at
    it when the page names no voice (`page_organisation.place_posts`; not used for
    `page_org`: as the page's voice it added wrong relations on never-tuned text);
    None when it names two."""
    if not speaks_as_we(ctx):
        return None
    page_event = ctx.page_event if ctx.page_event is not None else ctx.main.get("Event")
    if page_event is None:
        return None
    event = mention_key(ctx.mentions[page_event].text)
    found = {}
    for c in ctx.candidates:
        if c.relations != ("ORGANISED",) or c.source < 0 or c.target < 0:
            continue
        if mention_key(ctx.mentions[c.target].text) != event:
            continue
        m = ctx.mentions[c.source]
        if ctx.type_of(m) == "Organisation":
            found.setdefault(mention_key(m.text), c.source)
    return next(iter(found.values())) if len(found) == 1 else None


def _orgs(ctx: DocumentContext, docs, kinds=("Organisation",)):
    """The page's own text's mentions (section 0) read as one of `kinds`."""
    for m in ctx.mentions:
        if m.synthetic or m.section != 0 or m.block >= len(docs):
            continue
        if not 0 <= m.start < m.end <= len(docs[m.block]):
            continue
        if ctx.type_of(m) in kinds:
            yield m


def headline_body(ctx: DocumentContext, docs) -> int | None:
    """The mention id of the body the headline (block 0) labels the page with, else
    None (see the module's doc; none when it names two)."""
    words = [t.text for t in docs[0]]
    found = None
    named = [m for m in _orgs(ctx, docs) if m.block == 0]
    # "SPARK - the Foo Action e-bulletin": the body its label noun follows, not the title's
    labelled = [
        m
        for m in named
        if words[m.start - 1 : m.start] == ["the"]
        and words[m.end :]
        and _label_noun(words[m.end :])
    ]
    for m in labelled or named:
        before = words[: m.start]
        after = words[m.end :]
        # "The Foo Trust - Annual Review", "THE FOO TRUST": the article is the name's
        # (not a one-word title's: "THE WICKET - Newsletter of Foo Cricket Club")
        article = [w.lower() for w in before] == ["the"] and " " in m.text
        bare = not before or article
        # "Foo Trust (registered charity)", "Friends of Foo (FoF)": a bracket closing it
        bracketed = after[:1] == ["("] and after[-1] == ")"
        alone = bare and (not after or after[0] in _LABEL_MARKS or _label_noun(after) or bracketed)
        closing = _label_before(before) and (not after or after[0] in _LABEL_MARKS)
        # "Foo Trust announces £5,000 for ...", "The Foo Fund opens its round": the
        # body a news headline opens with, as the subject of its verb
        told = before in ([], ["The"]) and after and docs[0][m.end].tag_ == _TELLING_TAG
        if not (alone or closing or told or m in labelled):
            continue
        if found is not None and mention_key(ctx.mentions[found].text) != mention_key(m.text):
            return None  # two bodies: no one label
        found = m.id if found is None else found
    return found


def _label_noun(after: list[str]) -> bool:
    """Whether the headline's word right after a name is a label noun
    (`_LABEL_NOUNS`), a hyphened one read whole too ("Foo Action e-bulletin":
    "e-bulletin", which the parser splits; "Foo Newsletter - Summer": "newsletter")."""
    hyphened = "".join(after[:3]).lower() if len(after) >= 3 and after[1] == "-" else None
    return after[0].lower() in _LABEL_NOUNS or hyphened in _LABEL_NOUNS


def titles_a_page(name: str) -> bool:
    """Whether a name ends in a label noun (`_LABEL_NOUNS`): "Foo Weekly Bulletin",
    "Kelby Ward News" title a page, a newsletter, not a body."""
    words = name.split()
    return bool(words) and _label_noun(words[-1:])


def _label_before(before: list[str]) -> bool:
    """Whether the headline's words before a name end in "from" ("News from") or
    in a word of `_LABEL_NOUNS` and "of" ("The Newsletter of the")."""
    words = [w.lower() for w in before]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if words[-1:] == ["from"]:
        return True
    return words[-1:] == ["of"] and len(words) >= 2 and words[-2] in _LABEL_NOUNS


def _about_line_body(ctx: DocumentContext, docs) -> int | None:
    """The body a line of its own is about: "About Foo Trust", "About Foo Trust:"
    (the note a body's own news closes with), or a sign-off among the last lines
    ("The team at Foo Trust", "Everyone at Foo", "The Foo Trust team"); read from
    the line's text, as a heading's words are not always read for names: the
    first mention of that name; None when lines are about two bodies."""
    keys = set()
    for n, doc in enumerate(docs[1:], start=1):
        text = doc_text(doc).strip()
        line = _ABOUT_LINE.fullmatch(text)
        if line is None and n >= len(docs) - _SIGN_OFF_LINES:
            line = _SIGN_OFF.fullmatch(text)
        if line is not None:
            keys.add(mention_key(next(g for g in line.groups() if g)))
    if len(keys) != 1:
        return None
    return next((m.id for m in _orgs(ctx, docs) if mention_key(m.text) in keys), None)


def _we_at_body(ctx: DocumentContext, docs) -> int | None:
    """The body "we"/"our" is said to be, outside quotations: "all of us at Foo",
    "our work at Foo", "our team here at Foo" (`_said_at`), "At Foo, we ..."
    (`_at_opening`), "We are Foo" (`_we_are`), "Welcome to the Foo newsletter"
    (`_welcome_to`). None when two bodies are."""
    found = None
    for m in _orgs(ctx, docs, _SELF_NAMED_KINDS):
        doc = docs[m.block]
        saids = (_said_at, _at_opening, _we_are, _welcome_to)
        if ctx.type_of(m) != "Organisation":
            if len(m.text.split()) < 2:
                continue
            saids = (_at_opening, _we_are)  # "We are Foo Youth Project": a body
        if not any(said(doc, m) for said in saids):
            continue
        if found is not None and mention_key(ctx.mentions[found].text) != mention_key(m.text):
            return None
        found = m.id if found is None else found
    if found is not None and ctx.type_of(ctx.mentions[found]) != "Organisation":
        _call_a_body(ctx, ctx.mentions[found])
    return found


_SELF_NAMED_KINDS = ("Organisation", "Project", "Place")
_BODY_VOTES = 10  # what "We are Foo" says of Foo outweighs its head word's vote


def _call_a_body(ctx: DocumentContext, body: Mention) -> None:
    """Vote a name the page says "we" are ("We are Foo Youth Project", "At Foo
    Lane Centre, we believe") an organisation, at every mention of it."""
    key = mention_key(body.text)
    ctx.votes_for(body)["Organisation"] += _BODY_VOTES
    for m in ctx.mentions:
        if mention_key(m.text) == key:
            m.votes["Organisation"] += _BODY_VOTES


def _said_at(doc, m: Mention) -> bool:
    """Whether "at" (or "here at") before the mention follows "we", "us" or "our"
    with one of `_OUR_AT_NOUNS` ("our work at", "our staff and volunteers at")."""
    k = m.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "at":
        return False
    k -= 1
    if doc[k].lower_ == "here":
        k -= 1
    if k < 0 or _quoted(doc, k):
        return False
    if doc[k].lower_ in _WE_AT:
        return True
    # "our staff and volunteers at": nouns of the list back to "our"
    while k > 0 and doc[k].lower_ in _OUR_AT_NOUNS | {"and", ","}:
        k -= 1
    return doc[k].lower_ == "our" and doc[k + 1].lower_ in _OUR_AT_NOUNS


def _before(doc, m: Mention, skip=("the",)) -> int:
    """The token before the mention, a leading "the" passed over."""
    k = m.start - 1
    return k - 1 if k >= 0 and doc[k].lower_ in skip else k


def _at_opening(doc, m: Mention) -> bool:
    """ "At Foo, we ...", "Here at Foo, our ...": the mention after "At" or "Here
    at" opening its sentence, "our" or "we" in the present after the comma closing
    it (not "At Foo, we met the mayor": a visit)."""
    k = _before(doc, m)
    if k < 0 or doc[k].lower_ != "at" or _quoted(doc, k):
        return False
    opens = doc[k].sent.start
    if not (k == opens or (k == opens + 1 and doc[opens].lower_ == "here")):
        return False
    if m.end + 2 >= len(doc) or doc[m.end].text != "," or doc[m.end + 1].lower_ not in _WE_OUR:
        return False
    # "At Foo, we believe", "we can": what the body is; not "At Foo, we met": a visit
    return doc[m.end + 1].lower_ == "our" or doc[m.end + 2].tag_ in {"VBP", "MD"}


def _we_are(doc, m: Mention) -> bool:
    """ "We are Foo", "We're Foo, a charity ...": "we" and "are" just before."""
    k = _before(doc, m)
    return (
        k >= 1
        and doc[k].lower_ in {"are", "'re", "’re"}
        and doc[k - 1].lower_ == "we"
        and (not _quoted(doc, k))
    )


def _welcome_to(doc, m: Mention) -> bool:
    """ "Welcome to the Foo newsletter", "Welcome to Foo's winter bulletin": the
    body's own news, a word of `vocab/page_label_nouns.txt` within two words after."""
    k = _before(doc, m)
    if k < 1 or doc[k].lower_ != "to" or doc[k - 1].lower_ != "welcome" or _quoted(doc, k):
        return False
    after = [t.lower_ for t in doc[m.end : m.end + 3]]
    return any(w in _LABEL_NOUNS for w in after)


def _quoted(doc, k: int) -> bool:
    """Whether token k is inside a quotation its sentence opens before it."""
    sent = doc[k].sent
    marks = sum(1 for t in doc[sent.start : k] if t.text in {'"', "“", "”"})
    return marks % 2 == 1


__all__ = ["event_owner", "voiced_body"]
