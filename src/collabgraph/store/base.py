"""The storage contract: domain operations every backend implements alike.

Semantics written once, here, and pinned by `tests/store/test_contract.py`,
which runs on every backend.

Provenance. Every imported file is a *source*. An entity is kept while at
least one source mentions it; a relation is kept while at least one source
states it, and remembers each stating source with the sentence it gave
(`Relation.sources[i]`, `Relation.evidence[i]`). What the graph shows of an
entity or relation is folded from what each source said of it, by the rules in
`collabgraph.store.views` (the latest source's word for each field; names and
ids from every source). Writing a batch replaces everything its source said
before, in one transaction: a failure leaves the store as it was. Stores do
not decide any of this: they read a `State`, let `plan_write`, `plan_remove`
or `plan_merge` say what changes, and apply the `Plan`.

Relations. A relation is identified by its ends, type, role, since, until,
date and the file's own id for it (`Relation.id`): two tenures at one
council, or forty grants from one funder to one recipient, are two or forty
relations; the same statement in two files is one relation with two sources.

Decisions. A person's edits, merges, deletions, rejections and acceptances
are decisions (`collabgraph.model.decision`), kept with who made them, when
and why. What the graph shows is what the files say with the active
decisions applied (`collabgraph.store.decisions`); later imports go through
them too, and undoing one folds again without it, restoring what the files
say. Every store runs one procedure for this (`collabgraph.store.decide`),
inside one write transaction.

Identity. An entity's *keys* are the normalised forms of its name and aliases
(`collabgraph.model.names.name_key`). Imports resolve names through keys;
`merge` folds one entity into another for good, because the folded entity's
names become aliases (keys) of the one kept. Aliases have provenance too: an
entity's aliases are the names its sources give it (each mention remembers
them) and the names merged into it, so a file that stops giving an alias, or is
removed, takes the alias back (`collabgraph.store.views.entity_view`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from collabgraph.errors import EntityNotFound, VocabularyError
from collabgraph.model.batch import GraphBatch, SourceInfo
from collabgraph.model.decision import Decision
from collabgraph.model.graph import Entity, Relation, Step, Subgraph
from collabgraph.store import decide
from collabgraph.store.decide import EDIT_KIND, Outcome, WriteTx
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.decisions import rewrite
from collabgraph.store.plan import Plan, State, plan_write, state_needs

__all__ = ["EDIT_KIND", "Outcome"]


@dataclass(frozen=True)
class EntityRef:
    """Just enough of an entity to resolve a name to it."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    external_ids: tuple[str, ...] = ()  # the ids files give it
    also: tuple[str, ...] = ()  # types files gave it before a person corrected its type
    into: str | None = None  # the entity a person merged it into (its names still find it)

    @property
    def types(self) -> tuple[str, ...]:
        """The types a file may call it by: its own, then any it had before."""
        return (self.type, *self.also)


@dataclass
class Walked:
    """What `GraphStore.walk` gives: the entity walked from and the subgraph reached."""

    entity: Entity
    subgraph: Subgraph


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


# Shortest paths a store gathers between two entities, at least; a database that
# lists them one by one (Neo4j's allShortestPaths) stops there.
PATHS_FETCHED = 1000


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

    def source_digest(self, source_id: str) -> str | None:
        """The sha256 recorded when `source_id` was last imported, or None."""
        found = [s for s in self.list_sources() if s["id"] == source_id]
        return found[0].get("sha256") if found else None

    @abstractmethod
    def read_state(
        self, source_id: str, entity_ids: Iterable[str], relations: dict[str, str]
    ) -> State:
        """What `collabgraph.store.plan` needs to plan a write of `source_id`: the
        entities with these ids and the relations with these ids (`relations` maps
        each id to its type) that exist, what the source mentions and claims now,
        and the state of each of those too."""

    def plan_batch(self, batch: GraphBatch) -> Plan:
        """What `write_batch(batch)` would change now, without writing (a dry run)."""
        decisions = DecisionSet(self.decisions())
        out = rewrite(batch, decisions)
        entity_ids, relations = state_needs(out.batch)
        state = self.read_state(batch.source.id, entity_ids, relations)
        state.decisions = decisions
        plan = plan_write(out.batch, state, 0)
        plan.warnings.extend(out.warnings)
        return plan

    def write_batch(self, batch: GraphBatch) -> Plan:
        """Replace everything `batch.source` said before by what the batch says, atomically,
        the decisions applied (`collabgraph.store.decisions.rewrite`).

        Returns the plan applied (its counts say what changed; its warnings name
        facts that no longer fit a corrected type). Every entity a relation
        touches must be in `batch.entities`; a relation end or named entity
        missing from the graph raises StoreError and writes nothing.
        """

        def work(tx: WriteTx) -> Plan:
            return decide.write_source(tx, batch, tx.decisions(), tx.seq)[0]

        return self._in_write(work)

    @abstractmethod
    def _in_write(self, work: Callable[[WriteTx], Any]) -> Any:
        """Run `work` in one write transaction (writers take turns); its answer."""

    @abstractmethod
    def _in_read(self, work: Callable[[WriteTx], Any]) -> Any:
        """Run `work`, which only reads, against the store; its answer."""

    # --- decisions -----------------------------------------------------------

    @abstractmethod
    def decisions(self) -> list[Decision]:
        """Every decision, in the order made (undone ones marked so)."""

    def decide(self, decision: Decision) -> Outcome:
        """Make a decision (its id, seq and time are given here) and apply it, in one
        transaction. Returns what it did."""
        return self._in_write(lambda tx: decide.make(tx, decision))

    def undo(self, decision_id: str, *, who: str, note: str | None = None) -> Outcome:
        """Undo a decision: the graph is folded again without it. Raises
        DecisionNotFound, or DecisionError when it was undone already."""
        return self._in_write(lambda tx: decide.undo(tx, decision_id, who, note))

    @abstractmethod
    def source_info(self, source_id: str) -> SourceInfo | None:
        """One source as recorded, with its text (text seeds) and review setting."""

    def own_word(self, source_id: str) -> GraphBatch | None:
        """What a source itself says (before decisions), or None for an unknown source."""

        def work(tx: WriteTx) -> GraphBatch | None:
            found = decide.own_word(tx, source_id, DecisionSet(self.decisions()))
            return found[0] if found else None

        return self._in_read(work)

    def remove_source(self, source_id: str) -> None:
        """Forget a source and whatever only it said. Unknown ids do nothing."""
        self._in_write(lambda tx: tx.remove(source_id, tx.decisions()))

    @abstractmethod
    def move_source(self, source_id: str, path: str) -> None:
        """Record that a source's file is now at `path` (same content, moved or renamed)."""

    @abstractmethod
    def list_sources(self) -> list[dict[str, Any]]:
        """Every source with its id, path, sha256, title, author, published, imported_at."""

    # --- identity ------------------------------------------------------------

    @abstractmethod
    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[EntityRef]]:
        """Entities having each key (as name or alias). Keys without a match are absent."""

    def merge(
        self, keep_id: str, drop_id: str, *, who: str = "", note: str | None = None
    ) -> Entity:
        """Fold `drop_id` into `keep_id` (a "merge" decision, undone by `undo`): its
        relations, mentions and ids are the kept entity's, its names aliases.

        Raises EntityNotFound for an unknown id, VocabularyError if the types differ.
        """
        keep, drop = self.merge_pair(keep_id, drop_id)
        if keep.id != drop.id:
            self.merge_decision(keep, drop, who=who, note=note)
        return self.entity(keep.id)  # type: ignore[return-value]

    def merge_decision(
        self, keep: Entity, drop: Entity, *, who: str = "", note: str | None = None
    ) -> Outcome:
        """The "merge" decision of `merge`, made; what it did."""
        change = {
            "into": keep.id,
            "entity": {"type": drop.type, "name": drop.name, "aliases": drop.aliases},
            "into_entity": {"type": keep.type, "name": keep.name},
        }
        return self.decide(Decision("merge", drop.id, change, who=who, note=note))

    def merge_pair(self, keep_id: str, drop_id: str) -> tuple[Entity, Entity]:
        """The two entities of a merge, checked as `merge` promises."""
        keep, drop = self.entity(keep_id), self.entity(drop_id)
        if keep is None or drop is None:
            raise EntityNotFound(keep_id if keep is None else drop_id)
        if keep.type != drop.type:
            raise VocabularyError(f"cannot merge a {drop.type} into a {keep.type}")
        return keep, drop

    # --- reads ---------------------------------------------------------------

    @abstractmethod
    def relations_of(self, entity_id: str) -> list[Relation]:
        """Every relation touching the entity (`entity_id` may be an id merged into it),
        sorted by source, type, target and id. Raises EntityNotFound."""

    @abstractmethod
    def relations(self, ids: Iterable[str]) -> dict[str, Relation]:
        """The relations in the graph with these ids; unknown ids are absent."""

    def sources_with(self, ids: Iterable[str]) -> set[str]:
        """The sources that speak of any of these entity or relation ids: those that
        mention or claim them, and those whose own word does (a fact kept out)."""
        wanted = set(ids)
        return self._in_read(lambda tx: tx.sources_with(wanted))

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
    def walk(self, entity_id: str, plans: Mapping[str, Sequence[tuple[Step, Step]]]) -> Walked:
        """The entity (`entity_id` may be an id merged into it), every relation touching
        it, and, for each `(first, second)` in `plans[its type]`, the relations `second`
        follows from each entity `first` reaches from it (never back to the entity);
        with every entity those relations join. The subgraph's entities are sorted by
        id and its relations by source, type, target and id. Raises EntityNotFound.

        The steps come from the caller (the definition of collaboration says which
        walks reach what it reads); a store only follows them.
        """

    @abstractmethod
    def path_subgraph(self, source_id: str, target_id: str, *, max_hops: int) -> Subgraph:
        """The entities on the shortest undirected paths between the two (either may be
        an id merged into another) and the relations along those paths (every relation
        joining two consecutive entities of one), so that each path can be found again
        and each hop explained; entities sorted by id, relations by key. All shortest
        paths where there are at most `PATHS_FETCHED` of them; otherwise at least that
        many.

        Raises EntityNotFound for an unknown id, PathBeyondLimit when the shortest
        path takes more than `max_hops` relations, NoPath when none joins them.
        """
