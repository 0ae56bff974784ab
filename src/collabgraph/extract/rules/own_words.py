"""What a body's own words say it holds: "our second annual X Show", "our new
project, the Foo Club", "the Foo Club, our weekly youth project", "our Foo
short-breaks scheme" (the page's or the speaker's body ORGANISED, RUNS or
PUBLISHED it), "the housing association's summer fair" (the body last named with
that word held it). Split from `organising`; no cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.kind_evidence import without_year
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import CLOSING_QUOTES, OPENING_QUOTES
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_OWNED_HEADS = vocab.words("owned_programme_heads") - {"project"}
_OUR_GAP = 3  # "our second annual X Show", "our new X project"
_PROJECT_NOUNS = {
    w: kind for kind, words in (("Project", lx.PROJECT_HEADS), ("Event", lx.EVENT_HEADS))
    for w in words
} | {"consultation": "Project"}  # fmt: skip
_OURS = {"Event": "ORGANISED", "Project": "RUNS", "Report": "PUBLISHED"}  # what "our" X says
# the nouns past describing words ("our Foo short-breaks scheme", "Foo, our weekly
# walking project"): those that make a programme or an event by themselves, a
# service's too ("our Foo cookery course"); not "forum", "network" (a body's too)
_OUR_NOUNS = dict.fromkeys(
    vocab.words("service_head_nouns") | lx.STRONG_PROJECT_HEADS, "Project"
) | dict.fromkeys(lx.STRONG_EVENT_HEADS, "Event")


def ours(reader: SentenceReader) -> None:
    """ "our second annual X Show", "our X consultation", "our 2030 Annual Report",
    "our new project, the Foo Club": the organisation "our" is (the speaker's in a
    quotation, else the page's own) organised the event, runs the project or
    published the report."""
    for m in reader.ms:
        kind = reader.kind(m)
        nxt = reader.words[m.end] if m.end < reader.sent.end else ""
        if kind not in {"Event", "Project"} and nxt in _PROJECT_NOUNS:
            kind = _PROJECT_NOUNS[nxt]  # "our Foo Futures consultation": a project
        elif kind not in {"Event", "Project"} and _owned_head(m):
            kind = "Project"  # "our Tenant Ideas Fund", "our Carers' Breaks service"
        elif kind not in {"Event", "Project"} and _may_be_ours(reader, m):
            kind = _our_noun_at(reader, m.end) or kind  # "our Foo short-breaks scheme"
        k = _our_before(reader, m.start) if kind in _OURS else None
        if k is None:
            k, kind = _our_noun_before(reader, m, kind)
        if k is None:
            k, kind = _our_noun_after(reader, m, kind)
        if k is None or kind not in _OURS:
            continue
        org = reader.we_org(k)
        if org is None and not reader.in_quote(k):
            org = PAGE_ORG  # "Our Foo job club ..." before the page names itself
        if org is None:
            continue
        if reader.kind(m) != kind:
            m.votes[kind] += 4
            reader.ctx.votes_for(m)[kind] += 4
        reader.relate(org, _OURS[kind], m, confidence=0.6)


def _owned_head(m: Mention) -> bool:
    """Whether a name ends in a programme's head word a body's "our" makes its own
    (vocab/owned_programme_heads.txt: "Fund", "Service", "Scheme"; not "Project",
    which names bodies too): a fund or service of theirs, though the word alone makes
    a body of it elsewhere."""
    return without_year(m.text).split()[-1].lower() in _OWNED_HEADS


def _our_before(reader: SentenceReader, i: int) -> int | None:
    """Where "our" stands a few lower-case words before token i ("our new X"), or None."""
    k = i - 1
    while k >= reader.sent.start and i - k <= _OUR_GAP and reader.words[k] != "our":
        if reader.by_end.get(k + 1) is not None or reader.words[k] in {",", "and", "the"}:
            return None
        k -= 1
    return k if k >= reader.sent.start and reader.words[k] == "our" else None


def _our_noun_before(reader: SentenceReader, m, kind: str | None) -> tuple[int | None, str | None]:
    """ "our youth volunteering project, the Power of Ten": where "our" stands and the
    noun's kind, or (None, kind); not a person, a place or a body by its head word."""
    words, start, k = reader.words, reader.sent.start, m.start - 1
    k -= k >= start and words[k] in OPENING_QUOTES
    k -= k >= start and words[k] == "the"
    if k - 2 < start or words[k] not in {",", "–", ":"} or words[k - 1] not in _PROJECT_NOUNS:
        return None, kind
    if not _may_be_ours(reader, m):
        return None, kind  # "our partner project, the Foo Trust"; not "... Together" (2)
    our = _our_before(reader, k - 1)
    return (our, _PROJECT_NOUNS[words[k - 1]]) if our is not None else (None, kind)


def _our_noun_after(reader: SentenceReader, m, kind: str | None) -> tuple[int | None, str | None]:
    """ "Chat Club, our weekly youth project", "Good Food Kelby – our campaign for ...",
    "Chat Club is our weekly youth project":
    where "our" stands and the kind of the noun closing the describing words after it
    (`_our_noun_at`), or (None, kind); not a person, a place or a body by its head word."""
    words, end = reader.words, reader.sent.end
    j = m.end + (m.end < end and words[m.end] in CLOSING_QUOTES)
    if j + 2 >= end or words[j] not in _SET_OFF | _COPULAS or words[j + 1] != "our":
        return None, kind
    noun = _our_noun_at(reader, j + 2)
    if noun is None or not _may_be_ours(reader, m):
        return None, kind
    return j + 1, noun


def _our_noun_at(reader: SentenceReader, i: int) -> str | None:
    """The kind of the noun of something held (`_OUR_NOUNS`) closing the
    lower-case describing words from token i ("three-year programme", "telephone
    and home-visit befriending scheme"), the last noun of its phrase; None when
    none closes them."""
    doc, end = reader.doc, reader.sent.end
    for k in range(i, min(end, i + _NOUN_GAP)):
        tok = doc[k]
        if not (tok.is_lower or tok.like_num or tok.text == "-"):
            return None
        after = doc[k + 1] if k + 1 < end else None
        if reader.words[k] in _OUR_NOUNS and tok.pos_ == "NOUN":
            closes = after is None or not (after.is_lower and after.pos_ == "NOUN")
            # every word before the noun in its phrase ("our partner for the Foo
            # programme": the partner, no programme of ours)
            within = range(i, k + 1)
            if closes and all(doc[j].head.i in within for j in range(i, k)):
                return _OUR_NOUNS[reader.words[k]]
            return None
    return None


def _may_be_ours(reader: SentenceReader, m) -> bool:
    """Whether a name may be a project, event or report of a body's: not a person or
    a place, nor a body by its head word ("Foo Trust, our project partner")."""
    head, strength = head_kind(reader.words[m.end - 1])
    return reader.kind(m) not in {"Person", "Place"} and not (
        head == "Organisation" and strength >= 3
    )


_SET_OFF = {",", ":", "(", *lx.DASHES}
_COPULAS = {"is", "was"}  # "Chat Club is our weekly youth project": said outright
_NOUN_GAP = 8  # tokens: "our school holiday food and activities scheme"
_POSSESSIVE = {"'s", "’s"}


def the_bodys(reader: SentenceReader) -> None:
    """ "the housing association's new Residents' Summit", "the council's planning
    committee meeting", "the charity's summer fair": the body last named with that
    word ("Fenby Housing Association", "Westshire County Council"; when no name
    ends in it, the page's own body or the organisation in focus) held the event."""
    words, start = reader.words, reader.sent.start
    for m in reader.ms:
        kind = reader.kind(m)
        nxt = reader.words[m.end] if m.end < reader.sent.end else ""
        if kind != "Event" and _PROJECT_NOUNS.get(nxt) != "Event":
            continue  # "the trust's Kelby Carers Awards", "the council's Foo Summit event"
        k = m.start - 1
        while k > start and m.start - k <= _OUR_GAP and words[k] not in _POSSESSIVE:
            if reader.by_end.get(k + 1) is not None or words[k] in {",", "and", "the"}:
                break
            k -= 1
        if k <= start + 1 or words[k] not in _POSSESSIVE or words[k - 1] not in lx.ANY_ORG_HEADS:
            continue
        if reader.by_end.get(k) is not None:
            continue  # "Fenby Trust's AGM": the name's own possessive, read elsewhere
        noun = words[k - 1]
        j = k - 2
        while j >= start and reader.doc[j].pos_ in {"NOUN", "ADJ", "PROPN"} and k - j < 4:
            j -= 1  # "the housing association's", "the local authority's"
        if j < start or words[j] != "the":
            continue
        _held_by_the(reader, m, noun, k)


def meetings_of_the(reader: SentenceReader) -> None:
    """ "A further meeting of the association will take place ...": the meeting
    (`owned_events._told_meeting`) was held by the body the noun refers to, as for
    "the trust's meeting" (`the_bodys`)."""
    words = reader.words
    for m in reader.ms:
        if (
            reader.kind(m) != "Event"
            or m.end - m.start < 4
            or words[m.end - 1] not in lx.BODY_NOUNS
        ):
            continue  # the nouns owned_events takes there ("of the organisation" too)
        if words[m.end - 3] == "of" and words[m.end - 2] == "the":
            _held_by_the(reader, m, words[m.end - 1], m.end - 3)


def _held_by_the(reader: SentenceReader, m: Mention, noun: str, k: int) -> None:
    """Relate the body "the <noun>" refers to as the holder of event m: the body last
    named with that word; when no name ends in it, the page's own body, the
    organisation in focus, or the body named last before token k."""
    body = reader.ctx.recent_with_word(noun, "Organisation")
    if body is None:  # "Kelby Homes ... the housing association's": the body in focus
        held = reader.ctx.page_org(reader.section)
        if held is None:
            held = reader.ctx.focus_of(reader.section, "Organisation")
        body = reader.ctx.mentions[held] if held is not None else _last_body(reader, k)
    if body is not None:
        reader.relate(body, "ORGANISED", m, confidence=0.6)


def _last_body(reader: SentenceReader, k: int) -> Mention | None:
    """The organisation named last before token k (in the sentence, else before it)."""
    found = reader.before(k, kinds={"Organisation"})
    if found is not None:
        return found
    first = min((m.id for m in reader.ms), default=len(reader.ctx.mentions))
    ctx = reader.ctx
    return next(
        (m for m in reversed(ctx.mentions[:first]) if ctx.type_of(m) == "Organisation"), None
    )
