"""Events and programmes named after a place: "Northtown Food Summit",
"Summit on loneliness in Westshire", "Westshire Youth Project 2024" are LOCATED_IN
the place their name holds when the page names it on its own. Read by
`place_names.named_after_places`, after the bodies named after places.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.place_lookup import is_nation, low_name, near

_TOWN_ONLY = vocab.words("place_named_town_only")


def occasions_by_name(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """ "Northtown Food Summit", "Summit on loneliness in Westshire", "Relaunch of
    Dale Community Centre", "Westshire Youth Project 2024": an event or programme
    whose name holds a whole place the page names on its own is in that place; an
    event wherever on the page the place is named (its name ties it to the place as
    no sentence need), a programme where the page speaks of it (`near`: on the
    check pages the looser reading placed a programme wrongly).
    The longest such place, and a place that place's name holds ("Event at Kelby
    Civic Hall": in the hall and in Kelby); not one that runs on into a longer place
    ("Northtown and Dale", "Northtown-on-Sea"), nor a nation ("UK Link Worker Day":
    a national event is not placed by its name, as a national body is not)."""
    places = [
        (p, low_name(p.name).split())
        for p in sorted((p for p in entities if p.type == "Place"), key=lambda p: -len(p.name))
        if not is_nation(low_name(p.name))
    ]
    bodies = [_words(b.name) for b in entities if b.type == "Organisation"]
    bodies = [b for b in bodies if b[-1] not in lx.VENUE_HEADS]
    out = []
    for e in entities:
        if e.type not in ("Event", "Project"):
            continue
        words = _words(e.name)
        held = next(((p, place) for p, place in places if _holds(words, place)), None)
        if held is None or _in_a_body(words, held[1], bodies):
            continue
        if e.type == "Project" and not near(e, held[0]):
            continue
        out.append((e, held[0]))
        out += [(e, p) for p, place in places if _inner(held[1], p, place, words)]
    return out


def _inner(held: list[str], p: Entity, place: list[str], words: list[str]) -> bool:
    """Whether `place` is one the held place's name holds, as the occasion's does
    ("Kelby" in "Kelby Civic Hall"); for a hospital only a known town or county, not
    its own short form ("Kelby Hall" of "Kelby Hall Hospital":
    `vocab/place_named_town_only.txt`)."""
    if not (_holds(held, place) and _holds(words, place)):
        return False
    return not _TOWN_ONLY & set(held) or any(m.gazetteer for m in p.mentions)


def _in_a_body(words: list[str], place: list[str], bodies: list[list[str]]) -> bool:
    """ "Kelby Trust AGM", "Volunteer Dale recruitment fair": the place stands in
    the name only inside the name of a body the page names, which the event or
    programme is named after; the body's name does not place it (corpus/GOLD.md:
    a place "inside another name" is not a location by that), nor so its
    occasion. A body named for a building is where its opening or tour was
    ("Opening of the Kelby Community Centre"): `vocab/head_venue.txt` heads are
    not such bodies."""
    return any(
        _holds(body, place) or body == place
        for body in bodies
        if len(body) > len(place) and _inside(body, words)
    )


def _inside(part: list[str], words: list[str]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _words(name: str) -> list[str]:
    return [w.removesuffix("'s") for w in low_name(name).split()]


def _holds(words: list[str], place: list[str]) -> bool:
    """Whether `place` stands whole in the name `words`, not running on into a
    longer place name on either side."""
    n = len(place)
    for i in range(len(words) - n + 1):
        if n < len(words) and words[i : i + n] == place:
            before = words[i - 1] if i else ""
            after = words[i + n] if i + n < len(words) else ""
            if before not in _RUN_ON and after not in _RUN_ON | _PLACE_TAILS:
                return True
    return False


_RUN_ON = {"and", "&", ",", "-", "–"}
_PLACE_TAILS = {"upon", "on"}
