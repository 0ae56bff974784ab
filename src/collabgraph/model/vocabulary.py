"""The fixed vocabulary: entity types and relation types with their endpoints.

Labels and relationship types written to a database come only from here, so
nothing a seed file says can become part of a query's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources

from collabgraph.errors import RulesFileError, VocabularyError
from collabgraph.model.suggest import closest, did_you_mean, phrase


class EntityType(StrEnum):
    PERSON = "Person"
    ORGANISATION = "Organisation"
    EVENT = "Event"
    REPORT = "Report"
    PROJECT = "Project"
    PLACE = "Place"


ENTITY_TYPES: tuple[str, ...] = tuple(t.value for t in EntityType)

# Entities through which people come to work together ("contexts").
CONTEXT_TYPES: frozenset[str] = frozenset({"Organisation", "Event", "Report", "Project"})

P, O, E, R, J, PL = "Person", "Organisation", "Event", "Report", "Project", "Place"


@dataclass(frozen=True)
class RelationRule:
    """Which entity types a relation may join, and whether its direction matters."""

    sources: frozenset[str]
    targets: frozenset[str]
    symmetric: bool = False
    # When set, only these (source type, target type) pairs, not every combination.
    pairs: frozenset[tuple[str, str]] | None = None

    def allows(self, source_type: str, target_type: str) -> bool:
        if self.pairs is not None:
            return (source_type, target_type) in self.pairs
        return source_type in self.sources and target_type in self.targets


def _rule(sources: set[str], targets: set[str], symmetric: bool = False) -> RelationRule:
    return RelationRule(frozenset(sources), frozenset(targets), symmetric)


def _same_type(*types: str) -> RelationRule:
    return RelationRule(frozenset(types), frozenset(types), pairs=frozenset((t, t) for t in types))


RELATIONS: dict[str, RelationRule] = {
    "WORKS_FOR": _rule({P}, {O}),
    "MEMBER_OF": _rule({P, O}, {O}),
    "PARTICIPATED_IN": _rule({P, O}, {E, J}),
    "ORGANISED": _rule({P, O}, {E}),
    "RUNS": _rule({P, O}, {J}),
    "AUTHORED": _rule({P, O}, {R}),
    "PUBLISHED": _rule({O}, {R}),
    "FUNDED": _rule({O}, {R, J, E, O}),
    "PARTNER_OF": _rule({O}, {O}, symmetric=True),
    "COLLABORATES_WITH": _rule({P, O}, {P, O}, symmetric=True),
    "ABOUT": _rule({E}, {R, J}),
    "LOCATED_IN": _rule({O, E, J}, {PL}),
    # A board of a company, a department of a council; a session of a conference.
    "PART_OF": _same_type(O, E),
}

RELATION_TYPES: tuple[str, ...] = tuple(RELATIONS)


def _spelling_key(name: str) -> str:
    """How type names are compared: case, spaces, hyphens and underscores ignored."""
    return re.sub(r"[\s_\-]+", " ", str(name).strip().casefold()).strip()


def _other_spellings(file: str, canonical: tuple[str, ...]) -> dict[str, str]:
    """`data/<file>`: `spelling -> Type` lines (# comments) as {spelling key: type}.
    A line naming a type outside the vocabulary is a RulesFileError."""
    text = resources.files("collabgraph.model").joinpath("data", file).read_text("utf-8")
    found: dict[str, str] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        spelling, arrow, target = (part.strip() for part in line.partition("->"))
        if not arrow or target not in canonical:
            raise RulesFileError(f"{file}:{n}: expected `spelling -> one of {canonical}`")
        found[_spelling_key(spelling)] = target
    return found


ENTITY_TYPE_SPELLINGS: dict[str, str] = {
    **_other_spellings("entity_type_names.txt", ENTITY_TYPES),
    **{_spelling_key(t): t for t in ENTITY_TYPES},
}
"""Every spelling of an entity type a file may use (Kumu's `Organization`,
`Company`, `Charity`, ...; `data/entity_type_names.txt`), by `_spelling_key`."""

RELATION_TYPE_SPELLINGS: dict[str, str] = {
    **_other_spellings("relation_type_names.txt", RELATION_TYPES),
    **{_spelling_key(t): t for t in RELATION_TYPES},
}
"""Every spelling of a relation type a file may use (`data/relation_type_names.txt`)."""


def entity_type(name: str) -> str:
    """Return the vocabulary's entity type for `name`; raise VocabularyError if unknown.

    Matching ignores case, spaces, hyphens, underscores and a plural "s", and
    knows other spellings (`Organization`, `Company`, `Charity`, `Individual`;
    `data/entity_type_names.txt`). The error names the closest types ("did you
    mean").
    """
    return _entity_type(str(name))


@lru_cache(maxsize=256)
def _entity_type(name: str) -> str:
    key = _spelling_key(name)
    found = ENTITY_TYPE_SPELLINGS.get(key)
    for plural, singular in (("ies", "y"), ("s", "")):  # Charities, Organisations
        if found is None and key.endswith(plural):
            found = ENTITY_TYPE_SPELLINGS.get(key[: -len(plural)] + singular)
    if found is None:
        raise VocabularyError(
            f"unknown entity type {name!r}{_closest(name, ENTITY_TYPE_SPELLINGS, ENTITY_TYPES)}"
            f"; expected one of {', '.join(ENTITY_TYPES)} (or a spelling such as Organization,"
            " Company, Charity)"
        )
    return found


def relation_type(name: str) -> str:
    """Return the vocabulary's relation type (upper case); raise VocabularyError if unknown.

    Matching ignores case, spaces, hyphens and underscores, and knows other
    spellings that read in the same direction (`works at`, `funds`, `partner`;
    `data/relation_type_names.txt`). The error names the closest types.
    """
    return _relation_type(str(name))


@lru_cache(maxsize=256)
def _relation_type(name: str) -> str:
    canonical = name.strip().upper().replace(" ", "_").replace("-", "_")
    if canonical in RELATIONS:
        return canonical
    found = RELATION_TYPE_SPELLINGS.get(_spelling_key(name))
    if found is None:
        raise VocabularyError(
            f"unknown relation type {name!r}"
            f"{_closest(name, RELATION_TYPE_SPELLINGS, RELATION_TYPES)}"
            f"; expected one of {', '.join(RELATION_TYPES)}"
        )
    return found


def _closest(name: str, spellings: dict[str, str], canonical: tuple[str, ...]) -> str:
    """ " (did you mean ...)" naming the types whose spellings are closest to `name`."""
    near = closest(_spelling_key(name), [*spellings, *canonical], limit=6)
    types = list(dict.fromkeys(spellings.get(_spelling_key(n), n) for n in near))[:3]
    return f" ({phrase(types)})" if types else ""


def check_endpoints(relation: str, source_type: str, target_type: str) -> None:
    """Raise VocabularyError unless `relation` may join these two entity types."""
    rule = RELATIONS[relation]
    if not rule.allows(source_type, target_type):
        if rule.pairs is not None:
            allowed = ", ".join(f"{a} to {b}" for a, b in sorted(rule.pairs))
            raise VocabularyError(f"{relation} joins {allowed}, not {source_type} to {target_type}")
        raise VocabularyError(
            f"{relation} joins {'/'.join(sorted(rule.sources))} to "
            f"{'/'.join(sorted(rule.targets))}, not {source_type} to {target_type}"
        )


DIRECTIONS: tuple[str, ...] = ("directed", "undirected", "mutual")
"""Kumu's connection directions: an arrow from From to To, no arrow, arrows both ways."""


def direction(name: str) -> str:
    """Return Kumu's direction `name` (any case); raise VocabularyError if unknown."""
    key = str(name).strip().lower()
    if key not in DIRECTIONS:
        hint = did_you_mean(key, DIRECTIONS)
        raise VocabularyError(
            f"unknown direction {name!r}{f' ({hint})' if hint else ''}; expected one of"
            f" {', '.join(DIRECTIONS)}"
        )
    return key


def orientations(relation: str, way: str | None, source_type: str, target_type: str) -> list[bool]:
    """Which ways a relation stated between two entities is stored, given a file's
    direction for it (None: as written): a list of `reversed` flags.

    - directed (or None): as written;
    - mutual: as written and reversed, each of which the vocabulary must allow;
      one relation for a symmetric type (PARTNER_OF, COLLABORATES_WITH);
    - undirected: a symmetric type as written; another type the way the
      vocabulary allows (`Northgate Council WORKS_FOR Rosa` is read as Rosa
      WORKS_FOR Northgate Council), as written when both ways are allowed.

    Raises VocabularyError when no way, or not both ways of a mutual one, is allowed.
    """
    rule = RELATIONS[relation]
    if way in (None, "directed") or rule.symmetric:
        check_endpoints(relation, source_type, target_type)
        return [False]
    if way == "mutual":
        check_endpoints(relation, source_type, target_type)
        if not rule.allows(target_type, source_type):
            raise VocabularyError(
                f"a mutual {relation} would also run from {target_type} to {source_type},"
                " which the vocabulary does not allow: make it directed"
            )
        return [False, True]
    if rule.allows(source_type, target_type):
        return [False]
    if rule.allows(target_type, source_type):
        return [True]
    check_endpoints(relation, source_type, target_type)
    return [False]
