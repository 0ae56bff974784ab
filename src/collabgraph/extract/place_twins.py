"""A bare place name read once as a place and once as something else: one place.

"... the summit at the Merrion Centre in Harrowgate" on a page that names
"Harrowgate City Council", "Harrowgate Police" and "YoungMinds Harrowgate": the
names around it vote the bare "Harrowgate" a body, and the page ends up with an
organisation "Harrowgate" beside the place "Harrowgate" (the council's place,
or the same word read as a place elsewhere on the page). The name says nothing
but the place, so both are the place: the other's mentions are folded into the
place (or, when the page has no such place and a council is named for it, the
other is retyped a place, as `place_names` does for a name read as a person's),
before the rules' relations are settled, so that "held in Harrowgate" ties the
event to the place. Not for an event or a person (their names are read apart).
"""

from __future__ import annotations

from collabgraph.extract.coref import Entity
from collabgraph.extract.entity_names import council_place
from collabgraph.model.names import name_key

_FOLDED = {"Organisation", "Project"}


def fold_place_twins(entities: list[Entity], by_mention: dict[int, Entity]) -> list[Entity]:
    """`entities` with each body or project named exactly as a place of the page
    (or as the place a council of the page is named for) made that place;
    `by_mention` is updated to match."""
    places = {name_key(e.name): e for e in entities if e.type == "Place"}
    council_places = {
        name_key(p) for e in entities if e.type == "Organisation" and (p := council_place(e.name))
    }
    out: list[Entity] = []
    for e in entities:
        key = name_key(e.name)
        if e.type in _FOLDED and key:
            place = places.get(key)
            if place is not None:
                place.absorb(e, by_mention, names=False)  # the place keeps its own name
                continue
            if key in council_places:
                e.type = "Place"
                places[key] = e
        out.append(e)
    return out


__all__ = ["fold_place_twins"]
