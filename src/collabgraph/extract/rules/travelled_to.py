"""Places, continued: where people went for an occasion. "Six of us travelled down
to Kelby for the Foo Festival 2026", "We headed to Y Hall for the Foo Breakfast"
(`vocab/event_travel_verbs.txt` with "to", the occasion in the verb's "for"
phrase), "I spent last Wednesday in Kelby at the Foo Summit" (a place after "in"
hanging from a verb, a named event after "at" from the verb or the place): the
event is LOCATED_IN the place (corpus/GOLD.md: "held at or in"). Read from the
parse; only a named Event, never a body or a person's trip ("Jo travelled to
Kelby to meet Foo Trust").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.crowded_rooms import for_event, within_rooms
from collabgraph.extract.rules.place_kinds import may_be_place
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse."""

_TRAVEL_VERBS = vocab.words("event_travel_verbs")
_VERB = frozenset({"VERB"})


def travelled_to(reader: SentenceReader) -> None:
    """LOCATED_IN from the event people went to a place for, or were in a place
    at, to the place (confidence 0.55)."""
    for verb in reader.tokens_tagged(_VERB):
        event, goals = None, []
        if verb.lower_ in _TRAVEL_VERBS:
            goals = _objects(verb, "to") + [g for c in _particles(verb) for g in _objects(c, "to")]
            event = for_event(reader, [verb, *goals]) if goals else None
            goals += within_rooms(goals)
        if event is None:
            goals = _objects(verb, "in")
            at = _objects(verb, "at") + [g for p in goals for g in _objects(p, "at")]
            event = _named_event(reader, at) if goals else None  # "in Kelby at the Foo Summit"
        for m in _places(reader, goals) if event is not None else ():
            reader.relate(event, "LOCATED_IN", m, confidence=0.55)


def _objects(node, prep: str) -> list:
    return [g for c in node.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _particles(verb) -> list:
    """ "travelled down to", "went along to": the particle "to" may hang from."""
    return [c for c in verb.children if c.dep_ in {"prt", "advmod"}]


def _named_event(reader: SentenceReader, nodes: list) -> int | None:
    for node in nodes:
        m = reader.covering.get(node.i)
        if m is not None and reader.kind(m) == "Event":
            return m.id
    return None


def _places(reader: SentenceReader, nodes: list) -> list[Mention]:
    out = []
    for node in nodes:
        m = reader.covering.get(node.i)
        if m is not None and m not in out and may_be_place(reader, m):
            out.append(m)
    return out


__all__ = ["LABELS", "travelled_to"]
