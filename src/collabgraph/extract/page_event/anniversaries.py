"""A body's anniversary celebrated at a venue, the occasion a page is about when
no event noun names it: "Foo Trust celebrated its 30th anniversary at the Kelby
Arts Centre", "supporters gathered at Dalby Hall to celebrate Foo Trust's 10th
anniversary" -> "Foo Trust 30th anniversary celebration", organised by the body;
so too when no venue is given but the page says people gathered for it ("Foo
Trust has celebrated its 10th anniversary. ... Members old and new gathered to
look back on a decade"). An anniversary only reached, with no one gathering, is none.

The verbs and nouns are data: `vocab/anniversary_verbs.txt`,
`vocab/anniversary_nouns.txt`.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word
from collabgraph.extract.page_event.phrase_heads import HEADS
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.page_event.untitled import says_gathered

_VERBS = vocab.words("anniversary_verbs")
_NOUNS = vocab.words("anniversary_nouns")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)$", re.I)
_PRONOUNS = {"its", "their", "our"}
_GLUE = {"of", "and", "&", "for"}  # inside a body's name


def anniversary_event(docs: list, sentences, later=()) -> PageEvent | None:
    """The first of `sentences` ((block, Span) pairs) that celebrates or marks a
    named body's numbered anniversary where it was held ("at" a capitalised
    venue), or where it or a sentence after it (or of the `later` paragraphs)
    says people gathered ("Members old and new gathered to look back on a decade"), as
    a page event named "<body> <ordinal> anniversary celebration"; None when none
    does."""
    for n, (block, sent) in enumerate(sentences):
        for tok in sent:
            found = _celebrated(tok)
            if found is None:
                continue
            owner, ordinal = found
            after = [s for _, s in [*sentences[n:], *later]]
            if not _held_at(sent) and not any(says_gathered(s) for s in after):
                continue
            doc = docs[block]
            name = " ".join(doc[owner[0] : owner[1]].text.split())
            event = PageEvent(f"{name} {ordinal} {lower_word(tok)} celebration", evidence=sent.text)
            event.owner = name
            event.owner_spans.setdefault(block, []).append(owner)
            return event
    return None


def _celebrated(tok) -> tuple[tuple[int, int], str] | None:
    """(the body's token span, the ordinal) when `tok` is an anniversary noun that
    is the object of a verb of celebrating, numbered ("10th") and held by a named
    body ("Foo Trust's", or "its" with the body as the verb's subject)."""
    if lower_word(tok) not in _NOUNS or tok.dep_ != "dobj" or lower_word(tok.head) not in _VERBS:
        return None
    ordinal = next((c.text for c in tok.lefts if _ORDINAL.match(c.text)), None)
    holder = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    if ordinal is None or holder is None:
        return None
    if lower_word(holder) in _PRONOUNS:
        holder = next((c for c in tok.head.lefts if c.dep_ == "nsubj"), None)
        if holder is None:
            return None
    start = holder.left_edge.i
    while start < holder.i and holder.doc[start].dep_ == "det":
        start += 1  # "the Foo Trust's"
    words = holder.doc[start : holder.i + 1]
    if not is_cap(words[0]) or not all(is_cap(t) or t.lower_ in _GLUE for t in words):
        return None
    return (start, holder.i + 1), ordinal


def _held_at(sent) -> bool:
    """Whether the sentence says where: "at" and a capitalised place ("at the Kelby
    Arts Centre")."""
    return any(
        t.lower_ == "at" and any(c.dep_ == "pobj" and is_cap(c) for c in t.children) for t in sent
    )


def observance_event(sentences) -> PageEvent | None:
    """A day, week or month kept for a cause, celebrated with a gathering: "Kindness
    Week was celebrated in Kelby with an event at Dale Hall" -> "Kindness Week
    celebration in Kelby" ("Kindness Week celebration" too). Only with an event
    noun after "with" or a capitalised venue after "at"; the first of `sentences`
    ((block, Span) pairs) that tells one, else None."""
    for _, sent in sentences:
        for verb in sent:
            if lower_word(verb) not in _VERBS or verb.pos_ != "VERB":
                continue
            kept = next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}), None)
            if kept is None or lower_word(kept) not in lx.OBSERVANCES or not is_cap(kept):
                continue
            start = kept.left_edge.i
            while start < kept.i and kept.doc[start].dep_ == "det":
                start += 1
            words = kept.doc[start : kept.i + 1]
            if not all(is_cap(t) or t.lower_ in _GLUE for t in words):
                continue
            if not (_gathered_with(verb) or _held_at(sent)):
                continue
            name = f"{' '.join(words.text.split())} celebration"
            place = _placed_in(verb)
            event = PageEvent(f"{name} in {place}" if place else name, evidence=sent.text)
            if place:
                event.aliases.append(name)
            return event
    return None


def _gathered_with(verb) -> bool:
    """ "... with an event", "with a tea party": an event noun after "with"."""
    for prep in verb.children:
        if prep.lower_ == "with" and any(lower_word(o) in HEADS for o in prep.children):
            return True
    return False


def _placed_in(verb) -> str | None:
    """ "celebrated in Kelby": the capitalised place after "in", not a date."""
    for prep in verb.children:
        if prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and is_cap(obj) and obj.ent_type_ not in {"DATE", "TIME"}:
                return " ".join(obj.doc[obj.left_edge.i : obj.i + 1].text.split())
    return None
