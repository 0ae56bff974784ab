"""Bodies named after a place the page names: "Northtown CVS", "NHS Westshire
CCG", "Citizens Advice Northtown", "Northtown Council" are LOCATED_IN that place
(corpus/GOLD.md: only when the page names the place on its own, as an entity).
Read when the seed is built, from the kept entities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.entity_names import council_place
from collabgraph.model.names import name_key

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity

_BODY_AFFIXES = [tuple(item.split(None, 1)) for item in vocab.ordered("place_named_bodies")]


def named_after_places(entities: list[Entity]) -> list[tuple[Entity, Entity, float]]:
    """(body, place, confidence) for each organisation named after a place entity
    of the page: a public body by its affix (`vocab/place_named_bodies.txt`; the
    longest place that fits), a council by its name (`council_place`). Other bodies
    whose names hold a place ("Northtown Heritage Trust") are not placed by the name
    alone: corpus/GOLD.md names councils and CVSs, and the extractor's own test
    documents' gold places no other body so."""
    out = [(e, p, 0.55) for e, p in _by_affix(entities)]
    by_key = {(e.type, name_key(e.name)): e for e in entities}
    for e in entities:
        if e.type != "Organisation":
            continue
        place = council_place(e.name)
        p = by_key.get(("Place", name_key(place))) if place else None
        if p is not None:
            out.append((e, p, 0.6))
    return out


def _by_affix(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    places = sorted((p for p in entities if p.type == "Place"), key=lambda p: -len(p.name))
    out = []
    for e in entities:
        if e.type != "Organisation":
            continue
        low = " ".join(e.name.replace("’", "'").lower().split())
        for p in places:
            place = " ".join(p.name.replace("’", "'").lower().split())
            if any(
                (side == "before" and low.startswith(f"{words} {place}"))
                or (side == "after" and low.startswith(f"{place} ") and low.endswith(f" {words}"))
                for side, words in _BODY_AFFIXES
            ):
                out.append((e, p))
                break
    return out


__all__ = ["named_after_places"]
