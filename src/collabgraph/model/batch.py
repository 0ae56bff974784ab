"""The batch every seed file becomes: entities and relations with provenance.

Readers (YAML, CSV, text) produce a `GraphBatch`; stores consume it. Ids are
final by the time a batch reaches a store: resolution against the graph
happens in `collabgraph.importer`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from collabgraph.model.vocabulary import RELATIONS

RELATION_FIELDS: tuple[str, ...] = ("role", "since", "until", "date", "confidence")


@dataclass
class SourceInfo:
    """One imported file: where it is, what it hashes to, and what it says about itself."""

    id: str
    path: str
    sha256: str
    kind: str  # "structured" | "table" | "text"
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    extractor: str | None = None  # "name/version" for text seeds

    def properties(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(slots=True)
class EntityRecord:
    """An entity as one file states it."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    description: str | None = None
    date: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    # True when the file only names an entity already in the graph (as a relation
    # endpoint) and says nothing new about it: stores just record the mention.
    reference: bool = False

    def name_keys(self) -> list[str]:
        """Every matching key of this entity: its name and each alias, normalised."""
        from collabgraph.model.names import name_key

        found = dict.fromkeys(name_key(n, self.type) for n in [self.name, *self.aliases])
        return [k for k in found if k]


@dataclass(slots=True)
class RelationRecord:
    """A relation as one file states it; `evidence` is the sentence that shows it."""

    type: str
    source: str  # entity id
    target: str  # entity id
    role: str | None = None
    since: str | None = None
    until: str | None = None
    date: str | None = None
    confidence: float = 1.0
    evidence: str | None = None
    line: int | None = None

    def __post_init__(self) -> None:
        # Symmetric relations are stored once, in a canonical direction.
        if RELATIONS[self.type].symmetric and self.target < self.source:
            self.source, self.target = self.target, self.source

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    def fields(self) -> dict[str, Any]:
        """The relation's own properties, without identity or provenance."""
        return {k: getattr(self, k) for k in RELATION_FIELDS}


@dataclass
class GraphBatch:
    """Everything one seed file says."""

    source: SourceInfo
    entities: list[EntityRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
