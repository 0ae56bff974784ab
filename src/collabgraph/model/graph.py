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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Relation:
    """A relation as the graph holds it.

    `sources[i]` is a file that states it and `evidence[i]` the sentence it
    gave ("" when it gave none). Symmetric types are stored once, smaller id first.
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

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Subgraph:
    """A set of entities and the relations among them."""

    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
