"""Bodies named after a place: "Northtown CVS", "NHS Westshire CCG", "Citizens
Advice Northtown" are LOCATED_IN that place when the page names it on its own,
as an entity; "Northtown Council" is LOCATED_IN Northtown whether or not the
page names the place elsewhere (the spec's gold reads a council's place out of
its name alone; corpus/GOLD.md). Read when the seed is built, from the kept
entities. Events and programmes named after a place are placed by
`occasion_places`; how names are matched with places is `place_lookup`'s.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.entity_names import council_place
from collabgraph.extract.mentions.heads import newspaper_title
from collabgraph.extract.mentions.tokens import PLACE_ENTS
from collabgraph.extract.occasion_places import occasions_by_name
from collabgraph.extract.place_lookup import STATES, is_nation, low_name, near
from collabgraph.model.names import name_key

_BODY_AFFIXES = lx.PLACE_BODY_AFFIXES
_NOT_PLACED = vocab.words("place_named_not_placed")
_TOWN_ONLY = vocab.words("place_named_town_only")
_JOINS = {"and", "&", ",", "-", "–", "of", "with", "upon", "on"}


def named_after_places(
    entities: list[Entity], own: Entity | None = None
) -> list[tuple[Entity, Entity, float]]:
    """(body, place, confidence) for each organisation named after a place entity
    of the page: a council by its name (`council_place`), its place appended to
    `entities` when the page has no such Place yet; a public body by its affix
    (`vocab/place_named_bodies.txt`; the longest place that fits) or another body
    whose name holds a place the page names on its own ("Northtown Heritage
    Trust"), as corpus/GOLD.md asks, wherever the page names the body. Confidence
    0.55 (affix) or 0.5 (name) for the body the write-up is about: the page's own
    body (`own`), one its opening names (`_opening`) or its only body; 0.1 less for
    a body named in passing ("stalls were run by Northtown Foodbank, ..."), which
    older probe writers' gold seldom placed (26 of 133 such ties on the pooled
    probes of phase 37) and every writer whose gold was checked against GOLD.md
    since phase 40 placed (blind17, blind19, blind21, blind22), as does the
    corpus's gold of real pages for most such bodies."""
    bodies = [e for e in entities if e.type == "Organisation"]
    leading = {id(e) for e in bodies if e is own or _opening(e) or len(bodies) == 1}
    by_affix = list(_by_affix(entities))
    out = [(e, p, _graded(0.55, e, leading)) for e, p in by_affix]
    placed = {id(e) for e, _ in by_affix}
    by_key = {(e.type, name_key(e.name)): e for e in entities}
    added: set[int] = set()
    for e in list(entities):
        if e.type != "Organisation":
            continue
        place = council_place(e.name)
        if not place:
            continue
        p = by_key.get(("Place", name_key(place)))
        if p is None and (p := by_key.get(("Person", name_key(place)))) is not None:
            # "Coombe Dale: new clerk" heading a note on Coombe Dale Parish Council: a
            # name read as a person's that a council is named for is the place
            p.type = "Place"
            by_key[("Place", name_key(place))] = p
        if p is None:  # named only inside the council's name: the place is added
            p = Entity(mentions=list(e.mentions[:1]), type="Place", name=place)
            entities.append(p)
            added.add(id(p))
            by_key[("Place", name_key(place))] = p
        out.append((e, p, 0.6))
        placed.add(id(e))
    # a place named only inside a council's name is not named on its own: it places
    # no other body ("Northtown CVS" beside "Northtown Borough Council")
    # nor does a one-word town found only by how the page uses it (`lone_towns`): on
    # the probe pool, of the ties such towns first added (most to bodies named after
    # them), 34 were right and 58 wrong
    named = [e for e in entities if id(e) not in added and not e.lone_town]
    out += [(e, p, _graded(0.5, e, leading)) for e, p in _by_name(named) if id(e) not in placed]
    out += [(e, p, 0.5) for e, p in occasions_by_name(named)]
    return out


def _graded(confidence: float, body: Entity, leading: set[int]) -> float:
    """`confidence` for a body the write-up is about, 0.1 less for one named in passing."""
    return confidence if id(body) in leading else round(confidence - 0.1, 2)


_OPENING = 2  # the page's title and its first sentence (document-wide sentence numbers)


def _opening(e: Entity) -> bool:
    """Whether the page names the body in its opening: its title or first sentence."""
    return any(m.sent < _OPENING for m in e.mentions)


def _by_name(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """ "Northtown Heritage Trust", "Carers of Westshire": a body whose name opens or
    closes (after "of"/"for" too) with a whole place the page names on its own
    (corpus/GOLD.md): in a paragraph that names the body, or anywhere when it is a
    known place (`near`) or the recogniser reads it as a place (`_read_as_place`;
    on the develop pages 6 more right ties, 5 more wrong). Not when the place runs
    on into a longer name ("Northtown and Dale ...", "Northtown-on-Sea"), nor for the
    state ("Carers Voice UK": `vocab/place_states.txt`); a nation (`is_nation`) only
    closing the name, by `near` only ("Arts Trust of Wales"; not "Wales Kelby Forum":
    the develop pages' gold tied 22 such bodies of 50, most closing with the
    nation), nor for the kinds of body whose place is a brand more than a seat
    (`vocab/place_named_not_placed.txt`: universities, not a university hospital:
    `_not_placed`), nor a newspaper ("Northtown Gazette": `heads.newspaper_title`),
    nor a venue named after its place ("Northtown Community
    Centre", "Northtown Quay": `vocab/head_venue.txt`; on the tune probes 4 such
    ties wrong of 5), nor, for a hospital, a place not known as a town or county
    (`vocab/place_named_town_only.txt`: "Kelby Hall Hospital" is not in "Kelby
    Hall", its own short form)."""
    places = [
        (p, low_name(p.name))
        for p in sorted((p for p in entities if p.type == "Place"), key=lambda p: -len(p.name))
        if low_name(p.name) not in STATES
    ]
    out = []
    for e in entities:
        if e.type != "Organisation":
            continue
        words = [w.removesuffix("'s") for w in low_name(e.name).split()]
        if len(words) < 2 or _not_placed(words) or newspaper_title(words):
            continue  # "Kelby Gazette": a paper's title, no seat (one of ten in the gold)
        town_only = bool(_TOWN_ONLY & set(words))
        for p, place in places:
            n = len(place.split())
            if n >= len(words) or (town_only and not any(m.gazetteer for m in p.mentions)):
                continue
            nation = is_nation(place)
            first = words[:n] == place.split() and words[n] not in _JOINS and not nation
            first = first and words[-1] not in lx.VENUE_HEADS  # a venue, not a body there
            last = words[-n:] == place.split() and (nation or words[-n - 1] not in _JOINS - {"of"})
            if (first or last) and (near(e, p) or (not nation and _read_as_place(p))):
                out.append((e, p))
                break
        else:  # "Northtown and Dale Health Trust": a body of two areas is in both
            by_low = {place: p for p, place in places}
            for area in _opening_areas(words, set(by_low)):
                p = by_low[area]
                if {m.block for m in e.mentions} & {m.block for m in p.mentions}:
                    out.append((e, p))
    return out


def _not_placed(words: list[str]) -> bool:
    """Whether a word of the name says its place is no seat (`_NOT_PLACED`), not
    one that opens a hospital's name ("Northtown University Hospitals Trust")."""
    return any(
        w in _NOT_PLACED and (i + 1 == len(words) or words[i + 1] not in _TOWN_ONLY)
        for i, w in enumerate(words)
    )


def _opening_areas(words: list[str], places: set[str]) -> list[str]:
    """The places a name opens with when it opens with several, each a place the
    page names on its own, joined by "and", "&" or commas and followed by the rest
    of the name: "Ayton, Beeford and Cowton Care Trust"; [] otherwise. (The caller
    asks that each be named in a paragraph that names the body.)"""
    for k in range(len(words) - 1, 2, -1):
        areas = _AREA_LIST.split(" ".join(words[:k]))
        if words[k] not in _JOINS and len(areas) > 1 and all(a in places for a in areas):
            return areas
    return []


def _by_affix(entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """ "Northtown CVS", "NHS Westshire ICB", "Voluntary Action Northtown": a public
    body whose affix (`vocab/place_named_bodies.txt`) stands right beside the whole
    place, the rest of the name being another such affix or nothing. Not "Northtown
    and Dale ICB" for Northtown alone, nor "NHS Westshire Realistic Medicine" (a
    programme of the board, named after it)."""
    places = [
        (p, low_name(p.name))
        for p in sorted((p for p in entities if p.type == "Place"), key=lambda p: -len(p.name))
    ]
    by_name = {place: p for p, place in places}
    out = []
    for e in entities:
        if e.type != "Organisation":
            continue
        low = low_name(e.name)
        for p, place in places:
            if any(_beside(low, place, side, words) for side, words in _BODY_AFFIXES):
                out.append((e, p))
                break
        else:  # "NHS Northtown and Dale ICB": a body of two areas is in both
            out += [(e, by_name[area]) for area in _joint_areas(low, set(by_name))]
    return out


_AREA_LIST = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


def _joint_areas(name: str, places: set[str]) -> list[str]:
    """The places a public body named for several areas serves, when the page names
    each on its own: "NHS Northtown and Dale ICB", "Ayton, Beeford and Cowton CVS";
    [] otherwise."""
    for side, words in _BODY_AFFIXES:
        if side == "before" and name.startswith(f"{words} "):
            rest = name[len(words) + 1 :]
            rest = next((rest[: -len(a) - 1] for a in _AFTER if rest.endswith(f" {a}")), rest)
        elif side == "after" and name.endswith(f" {words}"):
            rest = name[: -len(words) - 1]
        else:
            continue
        areas = _AREA_LIST.split(rest)
        if len(areas) > 1 and all(a in places for a in areas):
            return areas
    return []


_AFTER = {words for side, words in _BODY_AFFIXES if side == "after"}


def _beside(name: str, place: str, side: str, words: str) -> bool:
    if side == "before":
        rest = name.removeprefix(f"{words} {place}")
        return rest != name and (not rest or rest.strip() in _AFTER)
    rest = name.removesuffix(f" {words}")
    return rest == place


def _read_as_place(place: Entity) -> bool:
    """Whether the recogniser reads a mention as a place ("in Fenby"), not only the
    reader's votes ("SEL", "Children")."""
    return any(m.ner in PLACE_ENTS for m in place.mentions)


__all__ = ["named_after_places"]
