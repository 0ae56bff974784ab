"""The Neo4j store: the official driver, parameterised Cypher, batched UNWIND writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from collabgraph.errors import EntityNotFound, NoPath, StoreError, StoreUnavailable
from collabgraph.model.batch import RELATION_FIELDS, EntityRecord, GraphBatch, RelationRecord
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.vocabulary import CONTEXT_TYPES, RELATIONS, check_endpoints
from collabgraph.store import cypher
from collabgraph.store.base import (
    COLLABORATOR_TYPES,
    Collaborations,
    EntityRef,
    GraphStore,
    SourceClaims,
    Stats,
    assemble_collaborations,
    names_after,
)

BATCH_ROWS = 10_000
ENTITY_KEYS = ("id", "type", "name", "aliases", "title", "description", "date", "keys")
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
    ):
        self.database = database
        self.batch_rows = batch_rows
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
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise StoreUnavailable(f"Neo4j is unreachable: {exc}") from exc
        return records

    def _write(self, work, *args: Any) -> Any:
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(work, *args)
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise StoreUnavailable(f"Neo4j is unreachable: {exc}") from exc

    def ensure_schema(self) -> None:
        for statement in cypher.SCHEMA:
            self._run(statement, WRITE)

    def clear(self) -> None:
        self._run(cypher.CLEAR, WRITE)
        self._run(cypher.BUMP_REVISION, WRITE)

    # --- sources -------------------------------------------------------------

    def source_digest(self, source_id: str) -> str | None:
        records = self._run(cypher.SOURCE_DIGEST, source=source_id)
        return records[0]["sha256"] if records else None

    def source_claims(self, source_id: str) -> SourceClaims:
        claims = SourceClaims(entities=set(self._run(cypher.MENTIONED, source=source_id)[0]["ids"]))
        for r in self._run(cypher.CLAIMED_RELATIONS, source=source_id):
            fields = {k: r[k] for k in RELATION_FIELDS}
            fields["evidence"] = r["evidence"]
            claims.relations[(r["src"], r["type"], r["dst"])] = fields
        return claims

    def write_batch(self, batch: GraphBatch) -> None:
        self._write(self._write_batch, batch)

    def _write_batch(self, tx: neo4j.ManagedTransaction, batch: GraphBatch) -> None:
        source = batch.source.id
        old, named = _retract(tx, source)
        tx.run(cypher.PUT_SOURCE, source=source, props=batch.source.properties()).consume()
        tx.run(cypher.BUMP_REVISION).consume()
        # Statements are not consumed one by one: the server runs one chunk while
        # the next is built and sent. Rows are emptied once their statement is
        # done (`_done`).
        self._write_entities(tx, batch)
        self._write_relations(tx, batch)
        _sweep(tx, old, named)

    def _write_entities(self, tx: neo4j.ManagedTransaction, batch: GraphBatch) -> None:
        by_type: dict[str, list[EntityRecord]] = defaultdict(list)
        for e in batch.entities:
            if not e.reference:
                by_type[e.type].append(e)
        sent = []
        for entity_type, records in by_type.items():
            for chunk in _chunks(records, self.batch_rows):
                rows = _Rows(_entity_row(e) for e in chunk)
                statement = cypher.UPSERT_ENTITIES[entity_type]
                sent.append((tx.run(statement, source=batch.source.id, rows=rows), rows))
        for result, rows in sent:
            _done(result, rows)

    def _write_relations(self, tx: neo4j.ManagedTransaction, batch: GraphBatch) -> None:
        """Relations find their ends by element id (`_end_handles`); each chunk
        reports how many rows it wrote, and a shortfall fails the file."""
        source = batch.source.id
        handles, alone = self._end_handles(tx, batch)
        references = [handles[e.id] for e in batch.entities if e.reference]
        for chunk in _chunks(references, self.batch_rows):
            tx.run(cypher.MENTION_ENTITIES, source=source, handles=chunk)
        by_statement: dict[str, list[RelationRecord]] = defaultdict(list)
        for r in batch.relations:
            new = r.source in alone or r.target in alone  # so it cannot exist yet
            statements = cypher.CREATE_RELATIONS if new else cypher.UPSERT_RELATIONS
            by_statement[statements[r.type]].append(r)
        sent = []
        for statement, records in by_statement.items():
            for chunk in _chunks(records, self.batch_rows):
                rows = _Rows(
                    {"a": handles[r.source], "b": handles[r.target], "props": _stored_props(r)}
                    for r in chunk
                )
                sent.append((tx.run(statement, source=source, rows=rows), rows))
        for result, rows in sent:
            expected = len(rows)
            if _done(result, rows)["written"] != expected:  # an end deleted meanwhile
                raise StoreError(f"{batch.source.path}: entities were removed while it was written")

    def _end_handles(
        self, tx: neo4j.ManagedTransaction, batch: GraphBatch
    ) -> tuple[dict[str, str], set[str]]:
        """The element id of each entity the batch's relations join (and of each
        entity it only names), and which of them have no relations yet. A
        relation end missing from the graph fails the file."""
        ids = {e.id for e in batch.entities if e.reference}
        ids.update(i for r in batch.relations for i in (r.source, r.target))
        handles: dict[str, str] = {}
        alone: set[str] = set()
        asked = [
            tx.run(cypher.END_HANDLES, ids=chunk) for chunk in _chunks(sorted(ids), self.batch_rows)
        ]
        for result in asked:
            found = result.single()
            handles.update(zip(found["ids"], found["handles"], strict=True))
            alone.update(i for i, a in zip(found["ids"], found["alone"], strict=True) if a)
        missing = sorted(ids - handles.keys())
        if missing:
            raise StoreError.missing_ends(batch.source.path, missing)
        return handles, alone

    def remove_source(self, source_id: str) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            old, named = _retract(tx, source_id)
            tx.run(cypher.DELETE_SOURCE, source=source_id).consume()
            tx.run(cypher.BUMP_REVISION).consume()
            _sweep(tx, old, named)

        self._write(work)

    def list_sources(self) -> list[dict[str, Any]]:
        return [r["props"] for r in self._run(cypher.LIST_SOURCES)]

    # --- identity ------------------------------------------------------------

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[EntityRef]]:
        found: dict[str, list[EntityRef]] = defaultdict(list)
        for r in self._run(cypher.LOOKUP_KEYS, keys=_Rows(dict.fromkeys(keys))):
            found[r["key"]].append(EntityRef(r["id"], r["type"], r["name"]))
        return dict(found)

    def merge(self, keep_id: str, drop_id: str) -> Entity:
        keep, drop = self._merge_pair(keep_id, drop_id)
        if keep.id == drop.id:
            return keep
        moved = self._relations_of([drop.id])
        ends = self.entities([x for r in moved for x in (r.source, r.target)] + [keep.id])

        def work(tx: neo4j.ManagedTransaction) -> None:
            for rel in moved:
                src = keep.id if rel.source == drop.id else rel.source
                dst = keep.id if rel.target == drop.id else rel.target
                check_endpoints(rel.type, ends[src].type, ends[dst].type)
                if RELATIONS[rel.type].symmetric and dst < src:
                    src, dst = dst, src
                tx.run(cypher.DELETE_RELATION[rel.type], src=rel.source, dst=rel.target).consume()
                if src == dst:
                    continue
                existing = [
                    r
                    for r in _relations(tx.run(cypher.RELATIONS_OF, ids=[src]))
                    if r.key == (src, rel.type, dst)
                ]
                props = _merged_props(rel, existing[0] if existing else None)
                tx.run(cypher.PUT_RELATION[rel.type], src=src, dst=dst, props=props).consume()
            tx.run(cypher.MENTIONS_MOVE, keep=keep.id, drop=drop.id).consume()
            tx.run(cypher.FOLD_ENTITY, keep=keep.id, drop=drop.id).consume()
            tx.run(cypher.BUMP_REVISION).consume()

        self._write(work)
        return self.entity(keep.id)  # type: ignore[return-value]

    # --- reads ---------------------------------------------------------------

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        records = self._run(cypher.ENTITIES, ids=_Rows(dict.fromkeys(ids)))
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
            self._run(cypher.SOURCE_COUNT)[0]["n"],
        )

    def subgraph(self) -> Subgraph:
        entities = [_entity(r["props"], r["sources"]) for r in self._run(cypher.ALL_ENTITIES)]
        relations = sorted(_relations(self._run(cypher.ALL_RELATIONS)), key=lambda r: r.key)
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

    def path_subgraph(self, source_id: str, target_id: str, *, max_hops: int = 8) -> Subgraph:
        if source_id != target_id:
            query = cypher.PATH_SUBGRAPH % int(max_hops)
            found = self._run(query, a=source_id, b=target_id)
            if found:  # one round trip when both ids exist and a path joins them
                return _subgraph(found[0])
            [ends] = self._run(cypher.END_NAMES, a=source_id, b=target_id)
            if ends["a"] is not None and ends["b"] is not None:  # both there, nothing joins them
                raise NoPath(f"no path from {ends['a']!r} to {ends['b']!r} within {max_hops} hops")
        return super().path_subgraph(source_id, target_id, max_hops=max_hops)

    def revision(self) -> str:
        return str(self._run(cypher.REVISION)[0]["n"] or 0)

    def collaborations(self, entity_id: str) -> Collaborations:
        records = self._run(
            cypher.COLLABORATIONS, id=entity_id, context_types=sorted(CONTEXT_TYPES),
            collaborator_types=sorted(COLLABORATOR_TYPES),
        )  # fmt: skip
        if not records:
            me = self._require(entity_id)  # an id merged into another, or unknown
            return self.collaborations(me.id) if me.id != entity_id else Collaborations(me)
        row = records[0]
        shared = [
            (_relation(r["src1"], r["type1"], r["dst1"], r["props1"]),
             _relation(r["src2"], r["type2"], r["dst2"], r["props2"]))
            for r in row["shared"]
        ]  # fmt: skip
        direct = [_relation(r["src"], r["type"], r["dst"], r["props"]) for r in row["direct"]]
        entities = {
            e["props"]["id"]: _entity(e["props"], sorted(e["sources"])) for e in row["entities"]
        }
        return assemble_collaborations(entity_id, shared, direct, entities)

    def shortest_path(self, source_id: str, target_id: str, *, max_hops: int = 8) -> list[Relation]:
        query = cypher.SHORTEST_PATH % int(max_hops)
        if source_id != target_id:
            path = _relations(self._run(query, a=source_id, b=target_id), merge=False)
            if path:
                return path
        # Nothing found: say which end is unknown, follow merged ids, or there is no path.
        start, goal = self._require(source_id), self._require(target_id)
        if start.id == goal.id:
            return []
        if (start.id, goal.id) != (source_id, target_id):
            return self.shortest_path(start.id, goal.id, max_hops=max_hops)
        raise NoPath(f"no path from {start.name!r} to {goal.name!r} within {max_hops} hops")

    def _require(self, entity_id: str) -> Entity:
        found = self.entity(entity_id)
        if found is None:
            raise EntityNotFound(entity_id)
        return found

    def _relations_of(self, ids: list[str]) -> list[Relation]:
        return _relations(self._run(cypher.RELATIONS_OF, ids=ids))


def _entity(props: dict[str, Any], sources: list[str]) -> Entity:
    extra = {k: v for k, v in props.items() if k not in ENTITY_KEYS}
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
    )


def _subgraph(row: Any) -> Subgraph:
    entities = [_entity(e["props"], sorted(e["sources"])) for e in row["entities"]]
    rels = [_relation(r["src"], r["type"], r["dst"], r["props"]) for r in row["relations"]]
    return Subgraph(sorted(entities, key=lambda e: e.id), sorted(rels, key=lambda r: r.key))


def _retract(tx: neo4j.ManagedTransaction, source: str) -> tuple[list[str], list[str]]:
    """Take back a source's claims and mentions; returns the entities it mentioned
    and those it gave names to (both for `_sweep`)."""
    old = tx.run(cypher.MENTIONED, source=source).single()["ids"]
    if not old:
        return [], []
    tx.run(cypher.RETRACT_CLAIMS, source=source).consume()
    return old, tx.run(cypher.RETRACT_MENTIONS, source=source).single()["named"]


def _sweep(tx: neo4j.ManagedTransaction, old: list[str], named: list[str]) -> None:
    """After `_retract` (and any new claims): drop the relations and entities no
    source claims any more, and work out again the names of those it named."""
    if old:
        tx.run(cypher.DELETE_UNCLAIMED, ids=old).consume()
        tx.run(cypher.DELETE_ORPHANS, ids=old).consume()
        _recompute_names(tx, named)


def _recompute_names(tx: neo4j.ManagedTransaction, ids: list[str]) -> None:
    """Aliases and keys again from the mentions left (see `names_after`)."""
    for chunk in _chunks(ids, BATCH_ROWS):
        rows = _Rows()
        for r in tx.run(cypher.NAMES_SAID, ids=chunk):
            aliases, keys = names_after(r["name"], r["type"], r["said"], r["merged"])
            rows.append({"id": r["id"], "aliases": aliases, "keys": keys})
        tx.run(cypher.SET_NAMES, rows=rows).consume()


def _done(result: neo4j.Result, rows: list) -> neo4j.Record | None:
    """Wait for a statement; its one record (if any). Its rows are then emptied:
    the driver's results hold their parameters in reference cycles, so big
    imports would otherwise leave their rows for the cyclic GC (a second or so
    on 500k relations, after the import had ended)."""
    record = result.single(strict=False)
    rows.clear()
    return record


def _entity_row(e: EntityRecord) -> dict[str, Any]:
    """An entity's row for UPSERT_ENTITIES: `created` is the whole node when new."""
    extra = {k: v for k, v in e.properties.items() if k not in ENTITY_KEYS}
    core = {"id": e.id, "type": e.type, "name": e.name, "title": e.title,
            "description": e.description, "date": e.date}  # fmt: skip
    created = {**extra, **{k: v for k, v in core.items() if v is not None}}
    created["aliases"] = [a for a in dict.fromkeys(e.aliases) if a != e.name]
    created["keys"] = e.name_keys()
    return {"created": created, "props": extra} if extra else {"created": created}


def _stored_props(r: RelationRecord) -> dict[str, Any]:
    """A new relationship's own properties: unset fields, full confidence and empty
    evidence are left out (see cypher.py), which keeps big imports lean. The
    source goes once per statement, as `$source`, not on every row."""
    props: dict[str, Any] = {}
    for key in ("role", "since", "until", "date"):
        if (value := getattr(r, key)) is not None:
            props[key] = value
    if r.confidence != 1.0:
        props["confidence"] = r.confidence
    if r.evidence:
        props["evidence"] = [r.evidence]
    return props


def _relation(src: str, rel_type: str, dst: str, props: dict[str, Any]) -> Relation:
    sources = list(props.get("sources") or [])
    confidence = props.get("confidence")
    return Relation(
        type=rel_type,
        source=src,
        target=dst,
        **{k: props.get(k) for k in RELATION_FIELDS if k != "confidence"},
        confidence=1.0 if confidence is None else confidence,
        sources=sources,
        evidence=list(props.get("evidence") or [""] * len(sources)),
    )


def _relations(records: Iterable[Any], *, merge: bool = True) -> list[Relation]:
    out = [_relation(r["src"], r["type"], r["dst"], dict(r)) for r in records]
    if merge:
        out = list({r.key: r for r in out}.values())
    return out


def _merged_props(moved: Relation, existing: Relation | None) -> dict[str, Any]:
    base = existing or moved
    sources, evidence = list(base.sources), list(base.evidence)
    if existing is not None:
        for s, ev in zip(moved.sources, moved.evidence, strict=False):
            if s not in sources:
                sources.append(s)
                evidence.append(ev)
    props = {k: getattr(base, k) for k in RELATION_FIELDS if getattr(base, k) is not None}
    return {**props, "sources": sources, "evidence": evidence}


class _Rows(list):
    """A list of query parameters that prints as its length.

    The driver logs every statement it sends at DEBUG level, and builds that
    message, with `repr` of all parameters, whether or not DEBUG is on: on a
    10,000-row chunk that is 7 ms of CPU, spent holding the GIL, which stalls
    the name resolution running beside the write. Sent as an ordinary list.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _chunks(items: list, size: int) -> Iterable[_Rows]:
    for i in range(0, len(items), size):
        yield _Rows(items[i : i + size])
