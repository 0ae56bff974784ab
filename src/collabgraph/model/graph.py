"""What stores give back: entities and relations as stored, and subgraphs of them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Entity:
    """An entity as the graph holds it, merged over every file that mentions it."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    description: str | None = None
    date: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    external_ids: list[str] = field(default_factory=list)
    # False while only the text extractor says it and no person has checked it.
    reviewed: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Relation:
    """A relation as the graph holds it.

    `id` is stable (`collabgraph.model.batch.relation_id`): its ends, type, role,
    since, until, date and `external_id` (the file's own id for it, such as a
    grant id). Several relations may join the same two entities with the same
    type (two tenures, forty grants). `sources[i]` is a file that states it and
    `evidence[i]` the sentence it gave ("" when it gave none); `confidence` and
    `properties` (`amount`, `currency`, ...) are the latest such file's word.
    Symmetric types are stored once, smaller id first.
    """

    type: str
    source: str
    target: str
    role: str | None = None
    since: str | None = None
    until: str | None = None
    date: str | None = None
    confidence: float = 1.0
    sources: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    id: str = ""
    external_id: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    # False while only the text extractor says it and no person has checked it.
    reviewed: bool = True

    def __post_init__(self) -> None:
        if not self.id:
            from collabgraph.model.batch import relation_id

            self.id = relation_id(
                self.type, self.source, self.target, self.role, self.since, self.until,
                self.date, self.external_id,
            )  # fmt: skip

    @property
    def key(self) -> tuple[str, str, str]:
        """(source, type, target): several relations may share it; `id` tells them apart."""
        return (self.source, self.type, self.target)

    @property
    def order(self) -> tuple[str, str, str, str]:
        """How relations are listed: by source, type, target, then id."""
        return (self.source, self.type, self.target, self.id)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Subgraph:
    """A set of entities and the relations among them."""

    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    """One step of a walk through the graph: relations of these types, followed
    out of the entity reached (it is their source, `direction="out"`) or into it
    (`"in"`), to entities of these types."""

    types: frozenset[str]
    direction: str
    to: frozenset[str]
