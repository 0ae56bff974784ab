"""The body a page speaks for when it says "we" and "our" but names no author,
address or most-named body: the one its first sentences open with ("Foo
Works helps people of all ages in Kelby ... Here are the projects we run. ...
Our Chief Officer is Jane Doe."): `opening_mention`, the last of what
`page_voice.voiced_body` reads, and so `DocumentContext.page_org`'s, where posts
named with no organisation are placed ("our chief officer", "Jane Doe, Director").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions.around import runs_by
from collabgraph.extract.mentions.tokens import PRESENT_TAGS

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.mentions import Mention

_FIRST_SENTENCES = 3  # sentences of the page's own text the body must open one of
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile('[“”"]')


def speaks_as_we(ctx: DocumentContext) -> bool:
    """Whether the page says "we", "our" or "us" outside a quotation (one running
    on over sentences too: 'said: "This is our biggest grant. It means we can ...'
    is the speaker's "we")."""
    return any(_WE.search(text) for text in _unquoted(ctx.sentences))


def _unquoted(sentences):
    """The text of each sentence outside quotation marks, a quotation left open
    at a sentence's end going on into the next."""
    open_ = False
    for s in sentences:
        kept, at = [], 0
        for mark in _QUOTE_MARKS.finditer(s):  # only a mark changes what is kept
            if not open_:
                kept.append(s[at : mark.start()])
            open_ = mark.group() == "“" or (mark.group() == '"' and not open_)
            at = mark.end()
        if not open_:
            kept.append(s[at:])
        yield "".join(kept)


def opening_mention(ctx: DocumentContext, docs, kind, ident) -> Mention | None:
    """The organisation that opens one of the page's first sentences (section 0,
    the body's text: not the headline) as its subject, alone; None when none does,
    or two different bodies do. `kind`: mention -> type; `ident`: mention -> what
    makes two mentions one body (`page_voice` reads them by name)."""
    found = None
    first_sent = None
    for m in ctx.mentions:
        if m.section != 0 or m.synthetic or m.block >= len(docs) or m.block == 0:
            continue
        if first_sent is None:
            first_sent = m.sent
        if m.sent >= first_sent + _FIRST_SENTENCES:
            break
        if kind(m) != "Organisation" or not _opens_as_subject(docs[m.block], m):
            continue
        if found is not None and ident(found) != ident(m):
            return None
        found = found or m
    return found


def story_subject(ctx: DocumentContext, docs) -> int | None:
    """The body a story told in the third person is about, for its "the charity"
    and "its director" (`DocumentContext.settle_page_org`): the one body that is
    a subject in the story's first sentence (the headline passed over), on a page
    that does not say "we" (one that does is read by `page_voice`); else None."""
    if not docs or speaks_as_we(ctx):
        return None
    lead = [
        m for m in ctx.mentions if m.section == 0 and not m.synthetic and 0 < m.block < len(docs)
    ]
    found = {
        mention_key(m.text): m.id
        for m in lead
        if m.sent == lead[0].sent
        and ctx.type_of(m) == "Organisation"
        and _story_subject(docs[m.block], m)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _story_subject(doc, m: Mention) -> bool:
    """Whether the mention is the subject of its sentence's main verb, alone,
    wherever it stands ("Animal charity Foo Rescue has moved", "Kelby-based Foo
    Advice is opening"), or names that subject ("The Foo Together partnership has
    welcomed"); not a clause's ("It was a day to remember when Foo players ..."),
    nor one that only speaks ("Foo said ...")."""
    if not 0 <= m.start < m.end <= len(doc):
        return False
    span = doc[m.start : m.end]
    if any(c.dep_ == "conj" for c in span.root.children) or span.root.dep_ == "conj":
        return False
    head = span.root.head  # "The Foo Together partnership": not "Foo Rovers players"
    named = span.root.dep_ == "compound" and head.dep_ in _SUBJECTS and head.lower_ in _BODY_WORDS
    subject = head if named else span.root if span.root.dep_ in _SUBJECTS else None
    if subject is None and is_subject(span):
        subject = next(
            t for t in span if t.dep_ in _SUBJECTS and not span.start <= t.head.i < span.end
        )
    # a body that only speaks ("Foo said the funding will go to ...") is a voice
    # in the story, not what it is about
    return (
        subject is not None
        and subject.head.dep_ == "ROOT"
        and subject.head.lower_ not in lx.SPEAKING_VERBS
    )


_NOT_SELF = {"Person", "Place", "Event", "Report"}  # what no page's "we" is


def self_described(ctx: DocumentContext, docs) -> Mention | None:
    """The name the page's first sentence (the headline passed over) opens with as
    the subject of a verb in the present, alone, on a page whose "we", "our" or "us"
    (outside quotes) follows in that sentence or the next: "Foo Kitchen doesn't work
    alone. Everything we do ...", "Foo Young Carers supports children ... We can't be
    everywhere": the body the page speaks for, however the name was typed so far (a
    name of two words at least, not a person, place, event or report). Not a body
    told of in the past ("Foo Council approved the plan. We welcome it"), nor one
    named after another word ("Last year Foo ..."), nor one the sentence calls a
    project ("Foo is our employment programme") or run by another ("Foo (run by
    Bar) meets ..."), nor on a page naming another body before it ("Member News |
    Bar Chamber"); None when the first sentence opens otherwise."""
    prose = next((b for b in range(1, len(docs)) if _prose(docs[b])), None)
    lead = next(
        (m for m in ctx.mentions if m.section == 0 and not m.synthetic and m.block == prose), None
    )
    if lead is None or ctx.type_of(lead) in _NOT_SELF or len(lead.text.split()) < 2:
        return None
    doc = docs[lead.block]
    if doc[lead.start].sent.start != 0 or not _opens_as_subject(doc, lead):
        return None
    if not any(_WE.search(s) for s in _unquoted(ctx.sentences[lead.sent : lead.sent + 2])):
        return None
    if _named_before(ctx, lead):
        return None  # "Member News | Foo Chamber": the page is that body's, told of another
    sent_end = doc[lead.start].sent.end
    after = lead.end + (lead.end < sent_end and doc[lead.end].text == "(")
    if runs_by(doc, after, sent_end):
        return None  # "The Lunch Club (run by Foo) meets ...": a body's project, not the page's
    verb = doc[lead.start : lead.end].root.head
    tenses = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    # "Foo is our employment programme", "Foo is a project of Bar": a project; "Foo is go!"
    said = [c for c in verb.children if c.dep_ in {"attr", "acomp"}]
    if any(c.dep_ == "acomp" or c.lower_ in lx.PROJECT_HEADS for c in said):
        return None
    return lead if PRESENT_TAGS & set(tenses) else None


def _named_before(ctx: DocumentContext, lead: Mention) -> bool:
    """Whether the page names another organisation before its first prose block (a
    masthead or label line naming the page's own body), the lead's own name apart, and
    a post read as a name ("JOB VACANCY / Yard Manager": vocab/role_core.txt)."""
    key = mention_key(lead.text)
    return any(
        m.section == 0
        and not m.synthetic
        and m.block < lead.block
        and ctx.type_of(m) == "Organisation"
        and mention_key(m.text) != key
        and m.text.split()[-1].lower() not in lx.ROLE_CORE
        for m in ctx.mentions
    )


def _prose(doc) -> bool:
    """Whether a block is prose, not a heading or a date line: a sentence ending in a
    full stop, or more than one."""
    text = doc.text.rstrip()
    return text[-1:] in {".", "!", "?"} or len(list(doc.sents)) > 1


def _opens_as_subject(doc, m: Mention) -> bool:
    """Whether the mention opens its sentence (after "The") as the subject, alone:
    "A and B sent their congratulations" is two bodies speaking of the page's, not
    the page's own."""
    if not 0 <= m.start < m.end <= len(doc):
        return False
    tok = doc[m.start]
    start = tok.sent.start
    opens = m.start == start or (m.start == start + 1 and doc[start].lower_ == "the")
    root = doc[m.start : m.end].root
    alone = not any(c.dep_ == "conj" for c in root.children)
    return opens and alone and is_subject(doc[m.start : m.end])


_SUBJECTS = {"nsubj", "nsubjpass"}
_BODY_WORDS = lx.ANY_ORG_HEADS


def is_subject(span) -> bool:
    """Whether a name is its clause's subject: its head word is, or (a name spaCy
    splits, "Greenway Advocacy is a charity": "Greenway" read as an adverb) a word
    of it whose head is outside the name is."""
    if span.root.dep_ in _SUBJECTS:
        return True
    return any(t.dep_ in _SUBJECTS and not span.start <= t.head.i < span.end for t in span)
