"""The Neo4j store: the official driver, parameterised Cypher, batched UNWIND writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import (
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from collabgraph.errors import (
    CollabgraphError,
    EntityNotFound,
    NoPath,
    PathBeyondLimit,
    StoreBusy,
    StoreError,
    StoreUnavailable,
)
from collabgraph.model.batch import SourceInfo
from collabgraph.model.decision import Decision
from collabgraph.model.graph import Entity, Relation, Step, Subgraph
from collabgraph.model.properties import ENTITY_FIELDS, RELATION_FIELDS
from collabgraph.store import cypher
from collabgraph.store import cypher_edits as ce
from collabgraph.store import cypher_write as q
from collabgraph.store import neo4j_edits as x
from collabgraph.store import neo4j_write as w
from collabgraph.store.base import (
    EDIT_KIND,
    PATHS_FETCHED,
    EntityRef,
    GraphStore,
    Stats,
    Walked,
)
from collabgraph.store.neo4j_schema import ensure_schema
from collabgraph.store.plan import State

BATCH_ROWS = 10_000
DRIVER_ERRORS = (
    ServiceUnavailable, SessionExpired, OSError, Neo4jError, OverflowError, UnicodeEncodeError,
)  # fmt: skip
READ, WRITE = RoutingControl.READ, RoutingControl.WRITE


class Neo4jStore(GraphStore):
    """GraphStore on a Neo4j 5 server. One driver per store; the driver pools connections."""

    backend = "neo4j"
    background_writes = True

    def __init__(
        self,
        uri: str,
        *,
        auth: tuple[str, str] | None = None,
        database: str = "neo4j",
        batch_rows: int = BATCH_ROWS,
        write_timeout: float | None = None,
    ):
        self.database = database
        self.batch_rows = batch_rows
        # The server ends a write transaction running longer (one file's import), so
        # that one file cannot hold the database; the file is then refused.
        self.write_timeout = write_timeout
        self._driver = GraphDatabase.driver(
            uri,
            auth=auth,
            connection_acquisition_timeout=10,
            max_transaction_retry_time=5,  # fail fast to a 503 while Neo4j is down
            notifications_min_severity="OFF",
        )

    def close(self) -> None:
        self._driver.close()

    def _run(self, query: str, routing: RoutingControl = READ, **params: Any) -> list[neo4j.Record]:
        try:
            records, _, _ = self._driver.execute_query(
                query, params, database_=self.database, routing_=routing
            )
        except DRIVER_ERRORS as exc:
            raise self._translate(exc) from exc
        return records

    def _write(self, work, *args: Any) -> Any:
        def bounded(tx: neo4j.ManagedTransaction, *a: Any) -> Any:
            return work(tx, *a)

        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(
                    neo4j.unit_of_work(timeout=self.write_timeout)(bounded), *args
                )
        except DRIVER_ERRORS as exc:
            raise self._translate(exc) from exc

    def _translate(self, exc: Exception) -> CollabgraphError:
        """The collabgraph error for a driver or server one (the driver has already
        retried what can be retried, for up to `max_transaction_retry_time`)."""
        if isinstance(exc, ServiceUnavailable | SessionExpired | OSError):
            return StoreUnavailable(f"Neo4j is unreachable: {exc}")
        code = getattr(exc, "code", None) or ""
        if any(word in code for word in ("TransactionTimedOut", "LockClientStopped")):
            limit = f"{self.write_timeout:g} s" if self.write_timeout else "its time limit"
            return StoreError(
                f"the write took longer than {limit} (COLLABGRAPH_WRITE_TIMEOUT), waiting"
                " or working, and Neo4j ended it; nothing of it was stored"
            )
        if "MemoryPoolOutOfMemory" in code or "OutOfMemory" in code:
            return StoreError(f"too large for Neo4j's transaction memory: {exc.message}")
        if isinstance(exc, TransientError):
            return StoreBusy(f"Neo4j is busy ({code}); try again in a moment")
        if isinstance(exc, Neo4jError):
            return StoreError(f"Neo4j refused it ({code}): {exc.message}")
        # Parameters the driver cannot send: an integer beyond 64 bits, a lone surrogate.
        return StoreError(f"a value Neo4j cannot hold: {exc}")

    def _read(self, work, *args: Any) -> Any:
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_read(work, *args)
        except DRIVER_ERRORS as exc:
            raise self._translate(exc) from exc

    def ensure_schema(self) -> None:
        ensure_schema(self._run, self.batch_rows)

    def clear(self) -> None:
        self._run(cypher.CLEAR, WRITE)
        self._run(cypher.BUMP_REVISION, WRITE)

    # --- sources -------------------------------------------------------------

    def source_digest(self, source_id: str) -> str | None:
        records = self._run(cypher.SOURCE_DIGEST, source=source_id)
        return records[0]["sha256"] if records else None

    def read_state(
        self, source_id: str, entity_ids: Iterable[str], relations: dict[str, str]
    ) -> State:
        def work(tx: neo4j.ManagedTransaction) -> State:
            return w.read_state(tx, source_id, entity_ids, relations, self.batch_rows)

        return self._read(work)

    def _in_write(self, work):
        return self._write(lambda tx: work(x.Neo4jTx(tx, self.batch_rows)))

    def _in_read(self, work):
        return self._read(lambda tx: work(x.Neo4jTx(tx, self.batch_rows, lock=False)))

    def decisions(self) -> list[Decision]:
        return self._read(lambda tx: x.read_decisions(tx.run))

    def source_info(self, source_id: str) -> SourceInfo | None:
        records = self._run(ce.SOURCE, source=source_id)
        found = x.source_from(records[0]["props"] if records else None)
        return found[0] if found else None

    def move_source(self, source_id: str, path: str) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            tx.run(q.LOCK_AND_BUMP).consume()
            tx.run(cypher.MOVE_SOURCE, source=source_id, path=path).consume()

        self._write(work)

    def list_sources(self) -> list[dict[str, Any]]:
        return [
            {k: v for k, v in r["props"].items() if k not in ("seq", "text")}
            for r in self._run(cypher.LIST_SOURCES, edit=EDIT_KIND)
        ]

    # --- identity ------------------------------------------------------------

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[EntityRef]]:
        found: dict[str, list[EntityRef]] = defaultdict(list)
        # Records unpacked in LOOKUP_KEYS' column order, not read by key: four times
        # faster on the 100k rows a big connections table gets back.
        for key, ident, etype, name, aliases, ids in self._run(
            cypher.LOOKUP_KEYS, keys=w.Rows(dict.fromkeys(keys))
        ):
            found[key].append(EntityRef(ident, etype, name, tuple(aliases or ()), tuple(ids or ())))
        return dict(found)

    # --- reads ---------------------------------------------------------------

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        records = self._run(cypher.ENTITIES, ids=w.Rows(dict.fromkeys(ids)))
        return {r["asked"]: _entity(r["props"], r["sources"]) for r in records}

    def search(
        self, query: str, *, entity_type: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[Entity]:
        records = self._run(
            cypher.SEARCH, q=query.strip().lower(), type=entity_type, limit=limit, offset=offset
        )
        return [_entity(r["props"], r["sources"]) for r in records]

    def stats(self) -> Stats:
        return Stats(
            {r["type"]: r["n"] for r in self._run(cypher.ENTITY_COUNTS)},
            {r["type"]: r["n"] for r in self._run(cypher.RELATION_COUNTS)},
            self._run(cypher.SOURCE_COUNT, edit=EDIT_KIND)[0]["n"],
        )

    def subgraph(self) -> Subgraph:
        entities = [_entity(r["props"], r["sources"]) for r in self._run(cypher.ALL_ENTITIES)]
        relations = sorted(_relations(self._run(cypher.ALL_RELATIONS)), key=lambda r: r.order)
        return Subgraph(entities, relations)

    def neighbourhood(self, entity_id: str, *, depth: int = 1) -> Subgraph:
        centre = self._require(entity_id)
        seen, frontier = {centre.id}, [centre.id]
        for _ in range(depth):
            found = [r["id"] for r in self._run(cypher.NEIGHBOURS, ids=frontier)]
            frontier = [i for i in found if i not in seen]
            seen.update(frontier)
            if not frontier:
                break
        return self.induced(seen)

    def induced(self, ids: Iterable[str]) -> Subgraph:
        [row] = self._run(cypher.INDUCED, ids=sorted(set(ids)))
        return _subgraph(row)

    def path_subgraph(self, source_id: str, target_id: str, *, max_hops: int) -> Subgraph:
        if source_id != target_id:
            query = cypher.PATH_SUBGRAPH % int(max_hops)
            found = self._run(query, a=source_id, b=target_id, cap=PATHS_FETCHED)
            if found:  # both ids exist: one round trip, whatever the answer
                row = found[0]
                if row["entities"]:
                    return _subgraph(row)
                if row["beyond"] is not None:
                    raise PathBeyondLimit(row["source"], row["target"], max_hops, row["beyond"])
                raise NoPath(f"nothing connects {row['source']!r} and {row['target']!r}")
        # An unknown end, an id merged into another, or both ends the same entity.
        ends = self.entities([source_id, target_id])
        for ref in (source_id, target_id):
            if ref not in ends:
                raise EntityNotFound(ref)
        start, goal = ends[source_id], ends[target_id]
        if start.id == goal.id:
            return self.induced([start.id])
        return self.path_subgraph(start.id, goal.id, max_hops=max_hops)

    def revision(self) -> str:
        return str(self._run(cypher.REVISION)[0]["n"] or 0)

    def walk(self, entity_id: str, plans: Mapping[str, Sequence[tuple[Step, Step]]]) -> Walked:
        params = {
            kind: [{"first": _step(a), "second": _step(b)} for a, b in plan]
            for kind, plan in plans.items()
        }
        records = self._run(cypher.WALK, id=entity_id, plans=params)
        if not records:
            raise EntityNotFound(entity_id)
        row = records[0]
        entities: dict[str, Entity] = {}
        for e in row["entities"]:
            if e["props"]["id"] not in entities:
                entities[e["props"]["id"]] = _entity(e["props"], sorted(e["sources"]))
        relations = [_relation(r["src"], r["type"], r["dst"], r["props"]) for r in row["relations"]]
        found = Subgraph(
            [entities[i] for i in sorted(entities)], sorted(relations, key=lambda r: r.order)
        )
        return Walked(entities[row["me"]], found)

    def _require(self, entity_id: str) -> Entity:
        found = self.entity(entity_id)
        if found is None:
            raise EntityNotFound(entity_id)
        return found

    def relations(self, ids: Iterable[str]) -> dict[str, Relation]:
        by_type: dict[str, list[str]] = defaultdict(list)
        for rid in dict.fromkeys(ids):
            kind = rid.split(":", 1)[0].upper()
            if kind in cypher.RELATIONS_BY_ID:
                by_type[kind].append(rid)
        found: dict[str, Relation] = {}
        for kind, wanted in by_type.items():
            for rel in _relations(self._run(cypher.RELATIONS_BY_ID[kind], ids=wanted)):
                found[rel.id] = rel
        return found

    def relations_of(self, entity_id: str) -> list[Relation]:
        me = self._require(entity_id)
        found = _relations(self._run(cypher.RELATIONS_OF, ids=[me.id]))
        return sorted(found, key=lambda r: r.order)


def _entity(props: dict[str, Any], sources: list[str]) -> Entity:
    extra = w.read_properties(props, ENTITY_FIELDS)
    return Entity(
        id=props["id"],
        type=props["type"],
        name=props["name"],
        aliases=list(props.get("aliases") or []),
        title=props.get("title"),
        description=props.get("description"),
        date=props.get("date"),
        properties=extra,
        sources=list(sources),
        external_ids=list(props.get("external_ids") or []),
        reviewed=not props.get("unreviewed"),
    )


def _subgraph(row: Any) -> Subgraph:
    entities = [_entity(e["props"], sorted(e["sources"])) for e in row["entities"]]
    rels = [_relation(r["src"], r["type"], r["dst"], r["props"]) for r in row["relations"]]
    return Subgraph(sorted(entities, key=lambda e: e.id), sorted(rels, key=lambda r: r.order))


def _relation(src: str, rel_type: str, dst: str, props: dict[str, Any]) -> Relation:
    sources = list(props.get("sources") or [])
    confidence = props.get("confidence")
    return Relation(
        type=rel_type,
        source=src,
        target=dst,
        role=props.get("role"),
        since=props.get("since"),
        until=props.get("until"),
        date=props.get("date"),
        confidence=1.0 if confidence is None else confidence,
        sources=sources,
        evidence=list(props.get("evidence") or [""] * len(sources)),
        id=props.get("id") or "",
        external_id=props.get("external_id"),
        properties=w.read_properties(props, RELATION_FIELDS),
        reviewed=not props.get("unreviewed"),
    )


def _step(step: Step) -> dict[str, Any]:
    """A walk step as a query parameter."""
    return {"types": sorted(step.types), "out": step.direction == "out", "to": sorted(step.to)}


def _relations(records: Iterable[Any], *, merge: bool = True) -> list[Relation]:
    out = [_relation(r["src"], r["type"], r["dst"], dict(r["props"])) for r in records]
    if merge:
        out = list({r.id: r for r in out}.values())
    return out
