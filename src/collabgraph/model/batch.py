"""The batch every seed file becomes: entities and relations with provenance.

Readers (YAML, CSV, text) produce a `GraphBatch`; stores consume it. Ids are
final by the time a batch reaches a store: resolution against the graph
happens in `collabgraph.importer`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from typing import Any

from collabgraph.model.vocabulary import RELATIONS

RELATION_FIELDS: tuple[str, ...] = ("role", "since", "until", "date", "confidence")
IDENTITY_FIELDS: tuple[str, ...] = ("role", "since", "until", "date", "external_id")


def relation_id(
    rel_type: str,
    source: str,
    target: str,
    role: str | None = None,
    since: str | None = None,
    until: str | None = None,
    date: str | None = None,
    external_id: str | None = None,
) -> str:
    """The stable id of a relation, from its identity: ends, type, role (case and
    spacing aside), since, until, date and the file's own id for it.

    `works_for:` and 16 hex digits of a BLAKE2b hash. Symmetric types must be
    given in their stored direction (smaller id first).
    """
    # Called once per relation of every import (500k in the benchmark): one join,
    # and a hasher copied rather than built with its options each time.
    text = "\x1f".join(
        (rel_type, source, target, _role_key(role) if role else "",
         "" if since is None else str(since), "" if until is None else str(until),
         "" if date is None else str(date),
         "" if external_id is None else str(external_id))
    )  # fmt: skip
    hasher = _HASHER.copy()
    hasher.update(text.encode("utf-8", "surrogatepass"))
    return _ID_PREFIX[rel_type] + hasher.hexdigest()


_HASHER = hashlib.blake2b(digest_size=8)
_ID_PREFIX = {t: f"{t.lower()}:" for t in RELATIONS}


@lru_cache(maxsize=1 << 16)
def _role_key(role: str | None) -> str:
    """A role as identity compares it: case, spacing and compatibility forms aside."""
    return " ".join(unicodedata.normalize("NFKC", str(role)).split()).casefold() if role else ""


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
    # Text seeds: the plain text the extractor read (for review), and whether its
    # facts wait "to review" until a person accepts them (`Settings.text_imports`).
    text: str | None = None
    review: bool | None = None

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
    external_ids: list[str] = field(default_factory=list)  # the file's own ids for it
    line: int | None = None
    # True when the file only names an entity already in the graph (as a relation
    # endpoint) and says nothing new about it: stores just record the mention.
    reference: bool = False
    extracted: bool = False  # read from text by the extractor, not written by a person

    def name_keys(self) -> list[str]:
        """Every matching key of this entity: its name and each alias, normalised, and
        each id a file gives it (`id:p-001`)."""
        from collabgraph.model.names import entity_keys

        return entity_keys(self.name, self.type, self.aliases, self.external_ids)


@dataclass(slots=True)
class RelationRecord:
    """A relation as one file states it; `evidence` is the sentence that shows it.

    Its identity (`id`, see `relation_id`) is its ends, type, role, since, until,
    date and `external_id` (the file's own id for it: a grant id, a Kumu
    connection id). `properties` are its other typed fields (`amount`, ...).
    """

    type: str
    source: str  # entity id
    target: str  # entity id
    role: str | None = None
    since: str | None = None
    until: str | None = None
    date: str | None = None
    external_id: str | None = None
    confidence: float = 1.0
    evidence: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    id: str = ""
    extracted: bool = False  # read from text by the extractor, not written by a person

    def __post_init__(self) -> None:
        # Symmetric relations are stored once, in a canonical direction.
        if RELATIONS[self.type].symmetric and self.target < self.source:
            self.source, self.target = self.target, self.source
        self.id = relation_id(
            self.type, self.source, self.target, self.role, self.since, self.until,
            self.date, self.external_id,
        )  # fmt: skip

    @property
    def key(self) -> tuple[str, str, str]:
        """(source, type, target): several relations may share it."""
        return (self.source, self.type, self.target)

    def identity(self) -> dict[str, Any]:
        """The fields that make its id (see `relation_id`), and the type."""
        return {k: getattr(self, k) for k in ("type", "source", "target", *IDENTITY_FIELDS)}


@dataclass
class GraphBatch:
    """Everything one seed file says."""

    source: SourceInfo
    entities: list[EntityRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _kept(record: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """A record's fields that differ from their defaults."""
    out = {}
    for f in fields(record):
        value = getattr(record, f.name)
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        if f.name not in skip and value != default:
            out[f.name] = value
    return out


def batch_to_dict(batch: GraphBatch) -> dict[str, Any]:
    """A batch as JSON-ready data (what a store keeps of a file's own word); the
    source's text is left out (stores keep it on the source)."""
    return {
        "source": {k: v for k, v in batch.source.properties().items() if k != "text"},
        "entities": [_kept(e, ("line",)) for e in batch.entities],
        "relations": [_kept(r, ("line", "id")) for r in batch.relations],
    }


def batch_from_dict(data: dict[str, Any]) -> GraphBatch:
    """The inverse of `batch_to_dict`."""
    return GraphBatch(
        SourceInfo(**data["source"]),
        [EntityRecord(**e) for e in data.get("entities", ())],
        [RelationRecord(**r) for r in data.get("relations", ())],
    )
