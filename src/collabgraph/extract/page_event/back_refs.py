"""The forms a page uses to refer back to its own event: "the conference", "our
annual conference", "the awards ceremony", "this event".

A write-up names its event once and then calls it by its kind. A reader lists
those forms as the event's aliases (corpus/GOLD.md: every other form the text
uses). Only a form that can mean no other event is taken: its event noun is a
word of the event's name ("the conference" for "Foo Conference 2031", "the
awards ceremony" for "Foo Heroes Awards"), or the vague "the event" on a page
with one event; and no other event of the page has that noun in its name.
The words read are data: `vocab/event_back_determiners.txt` (what opens such a
form), `vocab/page_event_heads.txt` (the event nouns) and `vocab/occasion_names.txt`
(a visit, an opening),
`vocab/event_vague_heads.txt` and `vocab/event_coming_words.txt` (another
event of the series: "the next conference").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import POSSESSIVE, lower_word, lower_words
from collabgraph.extract.page_event.phrase_heads import HEADS

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.layout import Layout

_DETERMINERS = vocab.words("event_back_determiners")
_VAGUE = vocab.words("event_vague_heads")
_OTHER = vocab.words("event_coming_words") | vocab.words("event_other_words")
_BETWEEN = 3  # describing words between the determiner and the event noun
# "the visit", "the opening": the nouns of an occasion no event noun names
# ("Visit to the Foo Hub", "Official opening of Foo Hall", page_event/occasions.py)
_OCCASIONS = {name.split()[0].lower() for name in vocab.table("occasion_names").values()}
_NOUNS = HEADS | _OCCASIONS
_NOUNS_OR_VAGUE = _NOUNS | _VAGUE


def refer_back(ctx: DocumentContext, by_mention: dict[int, Entity], layout: Layout, docs) -> None:
    """Add to the page's event the forms the page's paragraphs refer back to it
    by: for "Foo Heroes Awards", "the awards ceremony was held at ..." gives the
    alias "awards ceremony" and "our annual awards ceremony" gives "our annual
    awards ceremony" (as written, without a leading "the")."""
    main = ctx.page_event if ctx.page_event is not None else ctx.main.get("Event")
    if main is None or main not in by_mention:
        return
    event = by_mention[main]
    others = {id(e): e for e in by_mention.values() if e.type == "Event" and e is not event}
    named = _words(event.name) | {w for a in event.aliases for w in _words(a)}
    taken = {a.lower() for a in (event.name, *event.aliases)}
    for block, doc in zip(layout.blocks, docs, strict=True):
        if block.kind != "para":
            continue
        for form, nouns in _forms(doc):
            if not _refers_to(nouns, named, others.values()) or form.lower() in taken:
                continue
            taken.add(form.lower())
            event.aliases.append(form)


def _refers_to(nouns: list[str], named: set[str], others) -> bool:
    """Whether event nouns ("awards", "ceremony") can only mean the page's event:
    a noun of its name, or the vague "event" when the page names no other; and
    no other event's name holds the last noun."""
    head = nouns[-1]
    if head in _VAGUE:
        return not any(True for _ in others)
    if not any(_singular(n) in named for n in nouns):
        return False
    return not any(_singular(head) in _words(e.name) for e in others)


def _forms(doc):
    """(form as written, its event nouns) for each "<determiner> [describing
    words] <event noun>" in a Doc: "our annual conference" -> ("our annual
    conference", ["conference"]); not a name in capitals ("the Foo Summit"), not
    a noun that describes another ("the conference room")."""
    lows = lower_words(doc)
    i = 0
    while i < len(doc):
        start = i
        if lows[i] not in _DETERMINERS:
            i += 1
            continue
        j = i + 1
        if lows[i] == "this" and j + 1 < len(doc) and doc[j].lower_ == "year":
            j += 2  # "this year's conference"
            if doc[j - 1].text not in POSSESSIVE:
                i += 1
                continue
        k = j
        while k < len(doc) and k - j <= _BETWEEN and lows[k] not in _NOUNS_OR_VAGUE:
            k += 1
        i += 1
        if k >= len(doc) or k - j > _BETWEEN:
            continue
        between = doc[j:k]
        if not all(_describes(t) for t in between):
            continue
        if not doc[k].is_lower:
            continue  # "the Foo Summit": a name, the mention finder's
        end = k + 1
        while end < len(doc) and lower_word(doc[end]) in _NOUNS and doc[end].is_lower:
            end += 1  # "the awards ceremony"
        after = doc[end] if end < len(doc) else None
        if after is not None and (
            (after.pos_ in {"NOUN", "PROPN"} and not after.is_punct) or after.lower_ == "of"
        ):
            continue  # "the conference room", "the meeting of the Foo Board"
        words = doc[start:end].text.split()
        if words[0].lower() == "the":
            words = words[1:]
        nouns = [lower_word(t) for t in doc[k:end]]
        if nouns[-1] in _VAGUE and doc[end - 1].tag_ != "NN":
            continue  # "the latest events": others, not this one
        yield " ".join(words), nouns
        i = end


_DESCRIBING_POS = {"ADJ", "NOUN", "VERB", "NUM", "ADV"}


def _describes(tok) -> bool:
    """A lower-case word that can describe an event noun ("annual", "day-long",
    "first ever"); not another determiner, a preposition, or "next"."""
    if tok.text in {"-", "‐"}:
        return True
    return tok.is_lower and tok.pos_ in _DESCRIBING_POS and lower_word(tok) not in _OTHER


def _words(name: str) -> set[str]:
    return {_singular(w) for w in name.lower().replace("’", "'").split()}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
