"""A place tie given to every place listed with the tied one.

"The bus visits the Ayton, Beeford and Cowton estates", "serving families in
Ayton, Beeford and the villages around": when the seed ties a body, event or
project to one place of such a list (a rule, a name or the pair model read that
one), each other place of the list is where it works too (corpus/GOLD.md:
"covering a place"). The rules' own ties are spread within their sentence
already (`rules.conjuncts`); this reads the ties added after them (the names, the
pair model) and lists in any sentence that names both ends.

A list is the names written with nothing but commas and "and" between them
(`Mention.listed_with`), closed by "and" or "&" ("A, B and C"; not "in A, B
will ..."). Not spread when the tied thing is itself in the list ("Ayton Trust,
Beeford and Cowton"), nor to a name of the list that is no place.
"""

from __future__ import annotations

from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions import Mention

_TIE = "LOCATED_IN"
_CONFIDENCE = 0.4


def listed_places(
    entities: list[Entity], by_mention: dict[int, Entity], ties: list[dict]
) -> list[tuple[Entity, Entity, str]]:
    """(thing, place, evidence) for each place listed with a place the thing is
    tied to (`ties`: the seed's relations so far), in a sentence that names the
    thing or is the tie's evidence, the pair not yet tied; as the module says."""
    named = {(e.name, e.type): e for e in entities}
    kept = {id(e) for e in entities}
    tied = {(r["from"], r["to"]) for r in ties if r["type"] == _TIE}
    out: list[tuple[Entity, Entity, str]] = []
    for r in [r for r in ties if r["type"] == _TIE]:
        place = named.get((r["to"], "Place"))
        thing = next((e for k, e in named.items() if k[0] == r["from"] and e.type != "Place"), None)
        if place is None or thing is None:
            continue
        for m in place.mentions:
            if m.sentence.strip()[:500] != r["evidence"][:500]:
                continue
            group = sorted([m, *m.listed_with], key=lambda o: o.start)
            if len(group) < 2 or not _closed_by_and(m.sentence, group):
                continue
            if any(by_mention.get(o.id) is thing for o in group):
                continue
            for o in group:
                other = by_mention.get(o.id)
                if other is None or other.type != "Place" or id(other) not in kept:
                    continue
                if other is place or (thing.name, other.name) in tied:
                    continue
                tied.add((thing.name, other.name))
                out.append((thing, other, m.sentence))
    return out


def _closed_by_and(sentence: str, group: list[Mention]) -> bool:
    """Whether "and" or "&" stands between the list's last two names, or right
    after the last, the list closing with words that name nothing ("Ayton,
    Beeford and the villages around")."""
    at = 0
    spans = []
    for o in group:
        written = o.surface or o.text
        at = sentence.find(written, at)
        if at < 0:
            return False
        spans.append((at, at + len(written)))
        at += len(written)
    between = sentence[spans[-2][1] : spans[-1][0]].lower().split()
    after = sentence[spans[-1][1] :].lower().split()[:1]
    return bool({"and", "&"} & {*between, *after})


__all__ = ["listed_places"]
