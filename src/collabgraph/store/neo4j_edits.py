"""The Neo4j store's side of decisions: `(:Decision)` nodes, sources' own word as
`(:RawBatch)` nodes, and the `WriteTx` that `collabgraph.store.decide` runs in
one Neo4j transaction."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from collabgraph.model.batch import GraphBatch, SourceInfo, batch_from_dict, batch_to_dict
from collabgraph.model.decision import DECISION_PREFIX, Decision
from collabgraph.model.vocabulary import RELATION_TYPES
from collabgraph.store import cypher_edits as c
from collabgraph.store import cypher_write as q
from collabgraph.store import neo4j_write as w
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.plan import Plan, State, plan_remove, plan_write
from collabgraph.store.views import EntityState

SOURCE_FIELDS = ("id", "path", "sha256", "kind", "title", "author", "published", "url",
                 "extractor", "text", "review")  # fmt: skip


def read_decisions(run: Any) -> list[Decision]:
    """Every decision, in order; `run(query)` gives records (a transaction's `run`)."""
    return [Decision.from_stored(dict(r["props"])) for r in run(c.DECISIONS)]


def decision_props(d: Decision) -> dict[str, Any]:
    return {
        "id": d.id, "seq": d.seq, "kind": d.kind, "target": d.target,
        "change": json.dumps(d.change, ensure_ascii=False), "who": d.who, "at": d.at,
        "note": d.note, "undone": json.dumps(d.undone.__dict__) if d.undone else None,
    }  # fmt: skip


def source_from(props: dict[str, Any] | None) -> tuple[SourceInfo, int] | None:
    if props is None:
        return None
    values = {k: props.get(k) for k in SOURCE_FIELDS}
    for k in ("path", "sha256", "kind"):
        values[k] = values[k] or ""
    return SourceInfo(**values), props.get("seq") or 0


class Neo4jTx:
    """`collabgraph.store.decide.WriteTx` on a Neo4j transaction. Writing takes the
    graph's write lock first (`lock`), so what it reads stays true."""

    def __init__(self, tx: Any, size: int, *, lock: bool = True):
        self.tx, self.size = tx, size
        self.seq = tx.run(q.LOCK_AND_BUMP).single()["n"] if lock else 0

    def decisions(self) -> DecisionSet:
        return DecisionSet(read_decisions(self.tx.run))

    def put_decision(self, decision: Decision) -> None:
        self.tx.run(c.PUT_DECISION, id=decision.id, props=decision_props(decision)).consume()

    def source(self, source_id: str) -> tuple[SourceInfo, int] | None:
        record = self.tx.run(c.SOURCE, source=source_id).single()
        return source_from(record["props"] if record else None)

    def write(self, batch: GraphBatch, decisions: DecisionSet, seq: int, *,
              source_row: bool) -> Plan:  # fmt: skip
        state, handles = w.batch_state(self.tx, batch, self.size)
        state.decisions = decisions
        plan = plan_write(batch, state, seq)
        plan.source_row = source_row
        w.apply(
            self.tx, plan, handles, self.size, path=batch.source.path, mentioned=state.mentioned
        )
        return plan

    def remove(self, source_id: str, decisions: DecisionSet) -> Plan:
        state = w.read_state(self.tx, source_id, (), {}, self.size)
        state.decisions = decisions
        plan = plan_remove(source_id, state)
        w.apply(self.tx, plan, {}, self.size)
        self.tx.run(c.DELETE_RAW, source=source_id).consume()
        return plan

    def read_state(self, source_id: str) -> State:
        return w.read_state(self.tx, source_id, (), {}, self.size)

    def entity_states(self, ids: Iterable[str]) -> dict[str, EntityState]:
        return w.entity_states(self.tx, ids, self.size)

    def apply(self, plan: Plan) -> None:
        w.apply(self.tx, plan, {}, self.size)

    def raw(self, source_id: str) -> GraphBatch | None:
        record = self.tx.run(c.RAW, source=source_id).single()
        if record is None or record["batch"] is None:
            return None
        return batch_from_dict(json.loads(record["batch"]))

    def put_raw(self, source_id: str, raw: GraphBatch | None, items: set[str]) -> None:
        if raw is None and not source_id.startswith(DECISION_PREFIX):
            self.tx.run(c.DELETE_RAW, source=source_id).consume()
            return
        text = json.dumps(batch_to_dict(raw), ensure_ascii=False) if raw is not None else None
        self.tx.run(c.PUT_RAW, source=source_id, batch=text, items=sorted(items)).consume()

    def sources_with(self, items: set[str]) -> set[str]:
        if not items:
            return set()
        found = set(self.tx.run(c.SOURCES_WITH, items=sorted(items)).single()["sources"])
        by_type: dict[str, list[str]] = defaultdict(list)
        for item in items:
            kind = item.split(":", 1)[0].upper()
            if kind in RELATION_TYPES:
                by_type[kind].append(item)
        for rtype, ids in by_type.items():
            found |= set(self.tx.run(c.CLAIMING[rtype], ids=ids).single()["sources"])
        return found
