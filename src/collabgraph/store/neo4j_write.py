"""The Neo4j store's writes: read the `State` a plan needs, apply a `Plan`, in one transaction.

What changes is decided in `collabgraph.store.plan`; this module only turns
query results into states and plans into batched `UNWIND` statements.
Statements are pipelined: the server runs one chunk while the next is built
and sent, and each chunk's rows are emptied once it is done (`done`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import neo4j

from collabgraph.errors import StoreError
from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord
from collabgraph.model.properties import ENTITY_FIELDS, RELATION_FIELDS, read_name, stored_name
from collabgraph.store import cypher_write as q
from collabgraph.store.plan import Plan, State, state_needs
from collabgraph.store.views import (
    Claim,
    EntityState,
    EntityView,
    Mention,
    RelationState,
    RelationView,
    Said,
    said_of,
)

Tx = neo4j.ManagedTransaction


class Rows(list):
    """A list of query parameters that prints as its length.

    The driver logs every statement it sends at DEBUG level, and builds that
    message, with `repr` of all parameters, whether or not DEBUG is on: on a
    10,000-row chunk that is 7 ms of CPU, spent holding the GIL, which stalls
    the name resolution running beside the write. Sent as an ordinary list.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def chunks(items: list, size: int) -> Iterable[Rows]:
    for i in range(0, len(items), size):
        yield Rows(items[i : i + size])


def done(result: neo4j.Result, rows: list) -> neo4j.Record | None:
    """Wait for a statement; its one record (if any). Its rows are then emptied:
    the driver's results hold their parameters in reference cycles, so big
    imports would otherwise leave their rows for the cyclic GC (a second or so
    on 500k relations, after the import had ended)."""
    record = result.single(strict=False)
    rows.clear()
    return record


# --- reading --------------------------------------------------------------------


def read_state(
    tx: Tx | Any,
    source_id: str,
    entity_ids: Iterable[str],
    relations: dict[str, str],
    size: int,
) -> State:
    """The `State` of these entities and relations ({id: type}), and of what the
    source said before. `tx` is a transaction or anything with its `run`."""
    state = State()
    state.mentioned = set(tx.run(q.MENTIONED, source=source_id).single()["ids"])
    claimed = {i: t for i, t in tx.run(q.CLAIMED, source=source_id).single()["claimed"]}
    state.claimed = set(claimed)
    state.entities = entity_states(tx, {*entity_ids, *state.mentioned}, size)
    state.relations = relation_states(tx, {**dict(relations), **claimed}, size)
    return state


def entity_states(tx: Tx | Any, ids: Iterable[str], size: int) -> dict[str, EntityState]:
    out: dict[str, EntityState] = {}
    for chunk in chunks(sorted(ids), size):
        for r in tx.run(q.ENTITY_STATES, ids=chunk):
            out[r["id"]] = EntityState(
                r["id"],
                r["type"],
                r["name"],
                list(r["merged"]),
                [
                    Mention(s, seq, Said.stored(names, said))
                    for s, seq, names, said in r["mentions"]
                ],
            )
    return out


def relation_states(tx: Tx | Any, ids: dict[str, str], size: int) -> dict[str, RelationState]:
    """States of relations given as {id: type}."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for rid, rtype in ids.items():
        by_type[rtype].append(rid)
    out: dict[str, RelationState] = {}
    for rtype, wanted in by_type.items():
        for chunk in chunks(sorted(wanted), size):
            for r in tx.run(q.RELATION_STATES[rtype], ids=chunk):
                out[r["id"]] = _relation_state(r)
    return out


def _relation_state(r: Any) -> RelationState:
    sources = list(r["sources"] or [])
    evidence = list(r["evidence"] or [""] * len(sources))
    said = list(r["said"] or [None] * len(sources))
    seqs = list(r["seqs"] or [0] * len(sources))
    claims = [
        Claim.stored(s, seq or 0, e, d)
        for s, seq, e, d in zip(sources, seqs, evidence, said, strict=True)
    ]
    return RelationState(
        r["id"], r["type"], r["src"], r["dst"], r["role"], r["since"], r["until"], r["date"],
        r["external_id"], claims,
    )  # fmt: skip


def end_handles(tx: Tx, ids: Iterable[str], size: int) -> tuple[dict[str, str], set[str]]:
    """The element id of each of these entities that exists, and which have no relations."""
    handles: dict[str, str] = {}
    alone: set[str] = set()
    asked = [tx.run(q.END_HANDLES, ids=chunk) for chunk in chunks(sorted(ids), size)]
    for result in asked:
        found = result.single()
        handles.update(zip(found["ids"], found["handles"], strict=True))
        alone.update(i for i, a in zip(found["ids"], found["alone"], strict=True) if a)
    return handles, alone


def batch_state(tx: Tx, batch: GraphBatch, size: int) -> tuple[State, dict[str, str]]:
    """The state `plan_write` needs for `batch`, and the element ids of the ends of its
    relations and of the entities it names. Raises StoreError when one is missing."""
    entity_ids, relations = state_needs(batch)
    declared = set(entity_ids)
    named = {e.id for e in batch.entities if e.reference}
    ends = {i for r in batch.relations for i in (r.source, r.target)}
    handles, alone = end_handles(tx, named | ends, size)
    missing = sorted((named | ends) - handles.keys() - declared)
    if missing:
        raise StoreError.missing_ends(batch.source.path, missing)
    fresh = alone | (ends - handles.keys())  # no relation of theirs exists yet
    absent = {r.id for r in batch.relations if r.source in fresh or r.target in fresh}
    for rid in absent:
        del relations[rid]
    state = read_state(tx, batch.source.id, entity_ids, relations, size)
    state.absent = absent
    return state, handles


# --- applying -------------------------------------------------------------------


def apply(
    tx: Tx,
    plan: Plan,
    handles: dict[str, str],
    size: int,
    *,
    path: str = "",
    mentioned: set[str] | frozenset[str] = frozenset(),
) -> None:
    """Apply `plan` in `tx`. `handles` are the element ids of entities that existed
    before (as `batch_state` gives them); new entities' are added to it.
    `mentioned` are the entities the plan's source mentioned before."""
    source = plan.source.id if plan.source is not None else None
    if plan.source is not None and plan.source_row:
        tx.run(q.PUT_SOURCE, source=source, props=plan.source.properties(), seq=plan.seq).consume()
    by_type: dict[str, list[str]] = defaultdict(list)
    for rel in plan.delete_relations:
        by_type[rel.type].append(rel.id)
    for rtype, ids in by_type.items():
        for chunk in chunks(ids, size):
            tx.run(q.DELETE_RELATIONS[rtype], ids=chunk).consume()
    rows = Rows({"source": s, "entity": e} for s, e in plan.delete_mentions)
    if rows:
        tx.run(q.DELETE_MENTIONS, rows=rows).consume()
    for chunk in chunks(plan.delete_entities, size):
        tx.run(q.DELETE_ENTITIES, ids=chunk).consume()
    if plan.merged is not None:
        drop, keep = plan.merged
        tx.run(q.MERGED, drop=drop, keep=keep).consume()
    if plan.unmerged is not None:
        tx.run(q.UNMERGED, drop=plan.unmerged).consume()
    _new_entities(tx, plan, handles, size)
    for chunk in chunks([_overwrite_row(w.id, w.view, w.merged_names)
                         for w in plan.entities], size):  # fmt: skip
        tx.run(q.OVERWRITE_ENTITIES, rows=chunk).consume()
    relabel: dict[str, list[str]] = defaultdict(list)
    for w in plan.entities:
        if w.view.type != w.type:
            relabel[w.view.type].append(w.id)
    for entity_type, ids in relabel.items():
        tx.run(q.RELABEL[entity_type], ids=ids).consume()
    _mentions(tx, plan, handles, size, path, mentioned)
    _relations(tx, plan, handles, size, path)
    for chunk in chunks(plan.reviewed, size):
        tx.run(q.MARK_REVIEWED, ids=chunk).consume()
    if plan.delete_source is not None:
        tx.run(q.DELETE_SOURCE, source=plan.delete_source).consume()


def _new_entities(tx: Tx, plan: Plan, handles: dict[str, str], size: int) -> None:
    by_type: dict[str, list[EntityRecord]] = defaultdict(list)
    for e in plan.new_entities:
        by_type[e.type].append(e)
    sent = []
    for entity_type, records in by_type.items():
        for chunk in chunks(records, size):
            rows = Rows(_new_entity_row(e) for e in chunk)
            statement = q.CREATE_ENTITIES[entity_type]
            sent.append((tx.run(statement, source=plan.source.id, rows=rows), rows))  # type: ignore[union-attr]
    for result, rows in sent:
        found = done(result, rows)
        handles.update(zip(found["ids"], found["handles"], strict=True))


def _new_entity_row(e: EntityRecord) -> dict[str, Any]:
    said = said_of(e)
    props = {
        **stored_properties(e.properties, ENTITY_FIELDS),
        "id": e.id, "type": e.type, "name": e.name, "title": e.title,
        "description": e.description, "date": e.date,
        "aliases": [a for a in dict.fromkeys(e.aliases) if a != e.name],
        "keys": e.name_keys(),
    }  # fmt: skip
    if e.external_ids:
        props["external_ids"] = list(e.external_ids)
    if e.extracted:
        props["unreviewed"] = True
    row: dict[str, Any] = {"props": props}
    if said.names is not None:
        row["names"] = said.names
    extra = said.extra()
    if extra is not None:
        row["said"] = json.dumps(extra)
    return row


def _overwrite_row(eid: str, view: EntityView, merged: list[str]) -> dict[str, Any]:
    props = {
        **stored_properties(view.properties, ENTITY_FIELDS),
        "id": eid, "type": view.type, "name": view.name, "title": view.title,
        "description": view.description, "date": view.date, "aliases": view.aliases,
        "keys": view.keys,
    }  # fmt: skip
    if view.external_ids:
        props["external_ids"] = view.external_ids
    if view.unreviewed:
        props["unreviewed"] = True
    if merged:
        props["merged_names"] = merged
    return {"id": eid, "props": props}


def _mentions(tx: Tx, plan: Plan, handles: dict[str, str], size: int, path: str, mentioned) -> None:
    created, put = Rows(), Rows()
    own = plan.source.id if plan.source is not None else None
    for source, entity, said in plan.mentions:
        extra = said.extra()
        row = {"names": said.names, "said": json.dumps(extra) if extra else None}
        if source == own and entity in handles and entity not in mentioned:
            created.append({**row, "handle": handles[entity]})
        else:
            put.append({**row, "source": source, "entity": entity})
    # A mention the source had before is replaced: those go through PUT (MERGE).
    sent = []
    for chunk in chunks(created, size):
        sent.append((tx.run(q.CREATE_MENTIONS, source=plan.source.id, rows=chunk), chunk))  # type: ignore[union-attr]
    for chunk in chunks(put, size):
        sent.append((tx.run(q.PUT_MENTIONS, rows=chunk), chunk))
    for result, rows in sent:
        expected = len(rows)
        if done(result, rows)["written"] != expected:
            raise StoreError(f"{path}: entities were removed while it was written")


def _relations(tx: Tx, plan: Plan, handles: dict[str, str], size: int, path: str) -> None:
    source = plan.source.id if plan.source is not None else None
    sent = []
    by_type: dict[str, list[RelationRecord]] = defaultdict(list)
    for r in plan.new_relations:
        by_type[r.type].append(r)
    for rtype, records in by_type.items():
        for chunk in chunks(records, size):
            rows = Rows(
                {"a": handles[r.source], "b": handles[r.target], "props": _new_relation_props(r)}
                for r in chunk
            )
            sent.append((tx.run(q.CREATE_RELATIONS[rtype], source=source, rows=rows), rows))
    for w in plan.relations:
        props = relation_props(w.state, w.view)
        if w.create:
            row = {"src": w.state.source, "dst": w.state.target, "props": props}
            statement = q.CREATE_RELATIONS_BY_ID[w.state.type]
        else:
            row, statement = {"props": props}, q.OVERWRITE_RELATIONS[w.state.type]
        rows = Rows([row])
        sent.append((tx.run(statement, rows=rows), rows))
    for result, rows in sent:
        expected = len(rows)
        if done(result, rows)["written"] != expected:  # an end deleted meanwhile
            raise StoreError(f"{path}: entities were removed while it was written")


def _new_relation_props(r: RelationRecord) -> dict[str, Any]:
    """A new relationship's own properties: unset fields, full confidence and empty
    evidence are left out, which keeps big imports lean. The source goes once per
    statement, as `$source`, not on every row."""
    props: dict[str, Any] = {"id": r.id}
    for key in ("role", "since", "until", "date", "external_id"):
        if (value := getattr(r, key)) is not None:
            props[key] = value
    if r.confidence != 1.0:
        props["confidence"] = r.confidence
    if r.evidence:
        props["evidence"] = [r.evidence]
    if r.properties:
        props.update(stored_properties(r.properties, RELATION_FIELDS))
    if r.confidence != 1.0 or r.properties or r.extracted:
        claim = Claim("", 0, "", r.confidence, r.properties, r.extracted)
        props["said"] = [json.dumps(claim.said())]
    if r.extracted:
        props["unreviewed"] = True
    return props


def stored_properties(properties: dict[str, Any], reserved: frozenset[str]) -> dict[str, Any]:
    """Properties as stored beside the built-in fields (`stored_name`)."""
    return {stored_name(k, reserved): v for k, v in properties.items()}


def read_properties(props: dict[str, Any], reserved: frozenset[str]) -> dict[str, Any]:
    """The properties among a node's or relationship's stored fields (`read_name`)."""
    return {read_name(k): v for k, v in props.items() if k not in reserved}


def relation_props(state: RelationState, view: RelationView) -> dict[str, Any]:
    """Every stored property of a relationship: identity, folded fields, claims."""
    props: dict[str, Any] = {**stored_properties(view.properties, RELATION_FIELDS), "id": state.id}
    for key in ("role", "since", "until", "date", "external_id"):
        if (value := getattr(state, key)) is not None:
            props[key] = value
    if view.confidence != 1.0:
        props["confidence"] = view.confidence
    props["sources"] = view.sources
    if any(view.evidence):
        props["evidence"] = view.evidence
    said = [c.said() for c in view.claims]
    if any(said):
        props["said"] = [json.dumps(s) if s else "" for s in said]
    if view.unreviewed:
        props["unreviewed"] = True
    return props
