"""Places, continued: where someone came to do what the page's event was. "The
minister visited Kelby yesterday to open the new centre", "The Princess was in
Dale to perform the official opening of Dale Hospital", "Ada Brook came to
Kelby to launch the festival": the event is LOCATED_IN the place (corpus/GOLD.md:
"held at or in"). Read from the parse: the place is the object of a verb of
visiting (`vocab/visit_verbs.txt`) or follows its "in"/"to", and the verb has a
"to ..." purpose ("to open", "to perform"). The event is one the sentence names
after the place, else the page's own event (a page about one event, in its first
section); with no event nothing is placed: a visit on a page about a body tells
where someone went, not where the body is. Also a journey "for" the event ("our
branch headed to Kelby for the reception", "the team's trip to Dale for the summit"):
read from the words, as the parse hangs the "for" anywhere.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.reader import FOCUS_EVENT_NOUNS, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse."""

_VISIT_VERBS = vocab.words("visit_verbs")
_JOURNEYS = vocab.words("journey_words")
_JOURNEY_WORDS = _JOURNEYS | _VISIT_VERBS - {"is", "are", "was", "were"}
_PLACE_PREPOSITIONS = {"in", "to"}


def visits(reader: SentenceReader) -> None:
    """Each place someone visited to do something is where the event the
    sentence names after it, or the page's event, happened (confidence 0.6)."""
    for m in reader.ms:
        journey = _journey_for(reader, m)
        if journey is not None and _vote_place(reader, m):
            reader.relate(journey, "LOCATED_IN", m, confidence=0.6)
            continue
        if reader.kind(m) != "Place":
            continue
        verb = _visit_verb(reader.doc[m.start : m.end].root)
        if verb is None or not _has_purpose(verb):
            continue
        event = next((e.id for e in reader.ms if e.start >= m.end and reader.kind(e) == "Event"),
                     None)  # fmt: skip
        if event is None:
            event = reader.page_event_here()
        if event is not None:
            reader.relate(event, "LOCATED_IN", m, confidence=0.6)


def _journey_for(reader: SentenceReader, m) -> int | None:
    """The event someone went to place `m` for: "headed to Kelby for the Foo
    Reception" (the event named), "our trip to Dale for the national summit" (a
    noun for the event in focus, `vocab/focus_nouns.txt`); a word of going or
    visiting (`vocab/journey_words.txt`, `vocab/visit_verbs.txt`) before "to", "for"
    right after the place. None otherwise."""
    words, start = reader.words, reader.sent.start
    if m.start - 2 < start or words[m.start - 1] != "to":
        return None
    if words[m.start - 2] not in _JOURNEY_WORDS:
        return None
    if m.end >= reader.sent.end or words[m.end] != "for":
        return None
    for k in range(m.end + 1, min(m.end + 6, reader.sent.end)):
        named = reader.by_start.get(k)
        if named is not None:
            return named.id if reader.kind(named) == "Event" else None
        if words[k] in FOCUS_EVENT_NOUNS and reader.doc[k].is_lower:
            return first_id(reader.page_event_here(), reader.ctx.focus_of(reader.section, "Event"))
    return None


def _vote_place(reader: SentenceReader, m) -> bool:
    """ "headed to Westshire for the reception": a name gone to for an event is a
    place, unless something else says so more than weakly (a person's or a body's
    name read elsewhere)."""
    if reader.kind(m) == "Place":
        return True
    votes = reader.ctx.votes_for(m)
    if sum(votes.values()) > 2:
        return False
    m.votes["Place"] += 3
    votes["Place"] += 3
    return True


def _visit_verb(tok):
    """The verb of visiting the place's token hangs from: its object ("visited
    Kelby"), or the object of its "in"/"to" ("was in Kelby", "came to Kelby"); None
    for other words."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lower_ in _VISIT_VERBS and head.lemma_ != "be":
        return head
    if tok.dep_ == "pobj" and head.lower_ in _PLACE_PREPOSITIONS:
        verb = head.head
        if verb.lower_ in _VISIT_VERBS and verb.pos_ in {"VERB", "AUX"}:
            return verb
    return None


def _has_purpose(verb) -> bool:
    """Whether the verb has a "to ..." purpose: "visited Kelby to open ..."."""
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


__all__ = ["LABELS", "visits"]
