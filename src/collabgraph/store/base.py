"""The storage contract: domain operations every backend implements alike.

Semantics written once, here, and pinned by `tests/store/test_contract.py`,
which runs on every backend.

Provenance. Every imported file is a *source*. An entity is kept while at
least one source mentions it; a relation is kept while at least one source
states it, and remembers each stating source with the sentence it gave
(`Relation.sources[i]`, `Relation.evidence[i]`). A relation's own fields
(`role`, `since`, `until`, `date`, `confidence`) are those of the most recent
file that stated it. Writing a batch replaces everything its source said
before, in one transaction: a failure leaves the store as it was.

Identity. An entity's *keys* are the normalised forms of its name and aliases
(`collabgraph.model.names.name_key`). Imports resolve names through keys;
`merge` folds one entity into another for good, because the folded entity's
names become aliases (keys) of the one kept. Aliases have provenance too: an
entity's aliases are the names its sources give it (each mention remembers
them) and the names merged into it, so a file that stops giving an alias, or is
removed, takes the alias back (`names_after`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from collabgraph.errors import EntityNotFound, VocabularyError
from collabgraph.model.batch import EntityRecord, GraphBatch
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.names import name_key


def names_after(
    name: str, entity_type: str, said: Iterable[Iterable[str]], merged: Iterable[str]
) -> tuple[list[str], list[str]]:
    """An entity's aliases and keys from what its sources say (`said`, one list of
    names per mention, in source order) and the names merged into it."""
    aliases: list[str] = []
    for alias in [n for names in said for n in names] + list(merged):
        if alias != name and alias not in aliases:
            aliases.append(alias)
    keys = dict.fromkeys(name_key(n, entity_type) for n in [name, *aliases])
    return aliases, [k for k in keys if k]


def said_names(record: EntityRecord, stored_name: str | None = None) -> list[str] | None:
    """What a mention remembers of the names a file gives an entity: None when the
    file names it only by the name it has (`stored_name`, else its own) or not at all."""
    if record.reference:
        return None
    names = list(dict.fromkeys([record.name, *record.aliases]))
    return None if names == [stored_name or record.name] else names


@dataclass(frozen=True)
class EntityRef:
    """Just enough of an entity to resolve a name to it."""

    id: str
    type: str
    name: str


@dataclass
class SourceClaims:
    """What one source said, as the store holds it now (for diffs and dry runs)."""

    entities: set[str] = field(default_factory=set)
    relations: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)


@dataclass
class Stats:
    entities: dict[str, int]
    relations: dict[str, int]
    sources: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": dict(sorted(self.entities.items())),
            "relations": dict(sorted(self.relations.items())),
            "sources": self.sources,
        }


@dataclass
class Collaboration:
    """One context two entities share, or a direct tie (`via` is None)."""

    other: Entity
    via: Entity | None
    relation: str  # how `entity` is linked to `via` (or COLLABORATES_WITH)
    other_relation: str  # how `other` is linked to `via`
    role: str | None = None
    other_role: str | None = None
    evidence: list[str] = field(default_factory=list)


@dataclass
class Collaborations:
    """An entity and every way it works with others (iterates over the ways)."""

    entity: Entity
    items: list[Collaboration] = field(default_factory=list)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def assemble_collaborations(
    me: str,
    shared: Iterable[tuple[Relation, Relation]],
    direct: Iterable[Relation],
    entities: dict[str, Entity],
) -> Collaborations:
    """Build the sorted answer of `GraphStore.collaborations` from raw rows.

    `shared` holds pairs (my relation to a context, their relation to it);
    when several relations join the same two entities, the smallest key wins,
    so every backend gives the same answer.
    """
    chosen: dict[tuple[str, str], tuple[Relation, Relation]] = {}
    for mine, theirs in shared:
        ctx = mine.target if mine.source == me else mine.source
        other = theirs.target if theirs.source == ctx else theirs.source
        best = chosen.get((other, ctx))
        if best is None or (mine.key, theirs.key) < (best[0].key, best[1].key):
            chosen[(other, ctx)] = (mine, theirs)
    out = [
        Collaboration(
            other=entities[other],
            via=entities[ctx],
            relation=mine.type,
            other_relation=theirs.type,
            role=mine.role,
            other_role=theirs.role,
            evidence=_nonempty(mine.evidence + theirs.evidence),
        )
        for (other, ctx), (mine, theirs) in chosen.items()
    ]
    for rel in direct:
        other = rel.source if rel.target == me else rel.target
        out.append(
            Collaboration(
                other=entities[other],
                via=None,
                relation=rel.type,
                other_relation=rel.type,
                role=rel.role,
                other_role=rel.role,
                evidence=_nonempty(rel.evidence),
            )
        )
    out.sort(key=lambda c: (c.other.name.lower(), c.other.id, c.via.id if c.via else ""))
    return Collaborations(entities[me], out)


def _nonempty(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t for t in texts if t))


COLLABORATOR_TYPES = frozenset({"Person", "Organisation"})


class GraphStore(ABC):
    """A collaboration graph with provenance. Use as a context manager or call close()."""

    backend: str = "abstract"
    # True when write_batch may run on another thread while this store answers
    # reads: the importer then resolves the next file while this one writes.
    background_writes: bool = False

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None:
        """Release connections. Idempotent."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create tables, constraints and indexes if missing. Idempotent."""

    @abstractmethod
    def revision(self) -> str:
        """A token that changes whenever the graph does (any write, by any process).

        Cheap to read: caches of analysis results are keyed by it.
        """

    @abstractmethod
    def clear(self) -> None:
        """Delete every entity, relation, source and merge decision."""

    # --- sources -------------------------------------------------------------

    @abstractmethod
    def source_digest(self, source_id: str) -> str | None:
        """The sha256 recorded when `source_id` was last imported, or None."""

    @abstractmethod
    def source_claims(self, source_id: str) -> SourceClaims:
        """Entity ids the source mentions and relations it states, with their fields
        and this source's evidence under key "evidence"."""

    @abstractmethod
    def write_batch(self, batch: GraphBatch) -> None:
        """Replace everything `batch.source` said before by what the batch says, atomically.

        Every entity a relation touches must be in `batch.entities`.
        """

    @abstractmethod
    def remove_source(self, source_id: str) -> None:
        """Forget a source and whatever only it said. Unknown ids do nothing."""

    @abstractmethod
    def list_sources(self) -> list[dict[str, Any]]:
        """Every source with its path, sha256, title, author, published, imported_at."""

    # --- identity ------------------------------------------------------------

    @abstractmethod
    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[EntityRef]]:
        """Entities having each key (as name or alias). Keys without a match are absent."""

    @abstractmethod
    def merge(self, keep_id: str, drop_id: str) -> Entity:
        """Fold `drop_id` into `keep_id`: relations, mentions, names become aliases.

        Raises EntityNotFound for an unknown id, VocabularyError if the types differ
        or a moved relation would break the vocabulary.
        """

    def _merge_pair(self, keep_id: str, drop_id: str) -> tuple[Entity, Entity]:
        """The two entities of a merge, checked as `merge` promises."""
        keep, drop = self.entity(keep_id), self.entity(drop_id)
        if keep is None or drop is None:
            raise EntityNotFound(keep_id if keep is None else drop_id)
        if keep.type != drop.type:
            raise VocabularyError(f"cannot merge a {drop.type} into a {keep.type}")
        return keep, drop

    # --- reads ---------------------------------------------------------------

    @abstractmethod
    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        """The entities with these ids (or ids merged into them); unknown ids are absent."""

    def entity(self, entity_id: str) -> Entity | None:
        """One entity by id (or an id merged into it), or None."""
        return self.entities([entity_id]).get(entity_id)

    @abstractmethod
    def search(
        self, query: str, *, entity_type: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[Entity]:
        """Entities whose name or an alias contains `query` (case-insensitive).

        Exact matches first, then prefixes, then the rest; ties by name, then id.
        An empty query lists every entity in that order.
        """

    @abstractmethod
    def stats(self) -> Stats:
        """Counts per entity type and relation type, and the number of sources."""

    @abstractmethod
    def subgraph(self) -> Subgraph:
        """The whole graph."""

    @abstractmethod
    def induced(self, ids: Iterable[str]) -> Subgraph:
        """The entities with these ids (unknown ids left out) and every relation among them,
        both sorted (entities by id, relations by key)."""

    @abstractmethod
    def neighbourhood(self, entity_id: str, *, depth: int = 1) -> Subgraph:
        """Entities within `depth` hops of `entity_id` (either direction), and every
        relation among them. Raises EntityNotFound."""

    @abstractmethod
    def collaborations(self, entity_id: str) -> Collaborations:
        """The entity (`entity_id` may be an id merged into it) and every way it works
        with another Person or Organisation: a shared Organisation, Event, Report or
        Project (one item per context), or a stated COLLABORATES_WITH (via None).
        Sorted by other's name, other's id, via id. Raises EntityNotFound."""

    def path_subgraph(self, source_id: str, target_id: str, *, max_hops: int = 8) -> Subgraph:
        """The entities along one shortest path (as `shortest_path`) and every relation
        among them, so each hop can be explained. Raises EntityNotFound, NoPath."""
        hops = self.shortest_path(source_id, target_id, max_hops=max_hops)
        ends = {source_id, target_id} | {x for hop in hops for x in (hop.source, hop.target)}
        return self.induced(ends)

    @abstractmethod
    def shortest_path(self, source_id: str, target_id: str, *, max_hops: int = 8) -> list[Relation]:
        """The relations along one shortest undirected path, in walking order.

        Raises EntityNotFound for unknown ids, NoPath when none within max_hops.
        """
