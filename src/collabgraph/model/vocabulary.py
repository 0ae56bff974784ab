"""The fixed vocabulary: entity types and relation types with their endpoints.

Labels and relationship types written to a database come only from here, so
nothing a seed file says can become part of a query's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from collabgraph.errors import VocabularyError


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


def entity_type(name: str) -> str:
    """Return the canonical spelling of an entity type; raise VocabularyError if unknown.

    Matching ignores case, so `person` and `PERSON` both give `Person`.
    """
    for t in ENTITY_TYPES:
        if t.lower() == str(name).strip().lower():
            return t
    raise VocabularyError(
        f"unknown entity type {name!r}; expected one of {', '.join(ENTITY_TYPES)}"
    )


def relation_type(name: str) -> str:
    """Return the canonical relation type (upper case); raise VocabularyError if unknown."""
    return _relation_type(str(name))


@lru_cache(maxsize=256)
def _relation_type(name: str) -> str:
    canonical = name.strip().upper().replace(" ", "_").replace("-", "_")
    if canonical not in RELATIONS:
        raise VocabularyError(
            f"unknown relation type {name!r}; expected one of {', '.join(RELATION_TYPES)}"
        )
    return canonical


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
