"""Venues, continued: where people crowded in for an occasion. "Sixty of us squeezed
into the Workshop at Y Library for the Foo Hackathon", "Residents crowded into Y
Centre for the Foo Meeting": the places after "into" (and a building a room there
is said to be "at" or "in") are where the event the "for" phrase names was
(`vocab/event_crowding_verbs.txt`; corpus/GOLD.md: "held at or in"). Read from the
parse, which hangs "at Y" and "for ..." from the verb or from the noun before it
as it pleases. Helpers of `event_venues.arrivals`; no rules here.
"""

from __future__ import annotations

from collabgraph.extract.page_event.occasion_forms import pobjs
from collabgraph.extract.rules.reader import SentenceReader

_ROOM_PREPS = {"at", "in"}


def crowded_into(verb) -> list:
    """The tokens of the places a verb of crowding names: the object of its "into",
    a building the room after "into" is "at" or "in", and a place after "at" the
    parse hangs from the verb itself ("squeezed into the Lab at Y Hospital")."""
    rooms = _objects_of(verb, {"into"})
    if not rooms:
        return []
    return [*rooms, *within_rooms(rooms), *_objects_of(verb, {"at"})]


def _objects_of(node, preps: set[str]) -> list:
    """The objects of the prepositions of `preps` hanging from a token."""
    return [g for c in node.children if c.dep_ == "prep" and c.lower_ in preps
            for g in pobjs(c)]  # fmt: skip


def within_rooms(rooms: list) -> list:
    """The buildings rooms are said to be in: "the Lab at Y Hospital", "the Blue Room
    in Y Hall" (the place named after "at" or "in" that hangs from the room)."""
    return [g for r in rooms for g in _objects_of(r, _ROOM_PREPS)]


def for_event(reader: SentenceReader, nodes: list) -> int | None:
    """The named Event a "for" phrase hanging from one of `nodes` (or from a place
    one of them has after "at") names: the parse hangs "for the Foo Day" from the
    nearest noun as often as from the verb."""
    for node in [*nodes, *within_rooms(nodes)]:
        for g in _objects_of(node, {"for"}):
            m = reader.covering.get(g.i)
            if m is not None and reader.kind(m) == "Event":
                return m.id
    return None


__all__ = ["crowded_into", "for_event", "within_rooms"]
