"""How a name is matched with the places a page names: the form names are
compared in (`low_name`), whether the page names a place where it speaks of a
thing (`near`), and whether a place is a nation or the state, which makes a body
named after it national, not local (`is_nation`, `national_by_name`). Read by
`place_names` and `occasion_places`, and by the rules and the learned model
that must leave national bodies unplaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity

_NATIONS = vocab.words("name_nations")
STATES = vocab.words("place_states")
_DIRECTIONS = vocab.words("place_directions")


def low_name(name: str) -> str:
    """The name as place names are compared: lower case, straight apostrophes,
    single spaces."""
    return " ".join(name.replace("’", "'").lower().split())


def near(body: Entity, place: Entity) -> bool:
    """Whether the page names the place where it speaks of the body: in a paragraph
    that names the body, or anywhere on the page when the place is a known UK place
    (`vocab/places_uk.txt`), not a name only the page calls a place."""
    if any(m.gazetteer for m in place.mentions):
        return True
    return bool({m.block for m in body.mentions} & {m.block for m in place.mentions})


def is_nation(place: str) -> bool:
    """ "uk", "england": a nation, not "mid wales" (lower case; `vocab/name_nations.txt`,
    `vocab/place_directions.txt`)."""
    words = place.split()
    return words[-1] in _NATIONS and (len(words) == 1 or words[0] not in _DIRECTIONS)


def national_by_name(body: str, place: str) -> bool:
    """Whether the state or a nation (`vocab/place_states.txt`, `is_nation`) opens or
    closes the name `body`: "Youth Action Scotland", "UK Carers Forum" (a national
    body: a learned model may tie no such pair; `place_names` ties a nation closing
    the name, when the page names the nation on its own)."""
    low = low_name(place)
    if low not in STATES and not is_nation(low):
        return False
    words, n = low_name(body).split(), len(low.split())
    return len(words) > n and low.split() in (words[:n], words[-n:])
