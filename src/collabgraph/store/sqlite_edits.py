"""The embedded store's side of decisions: their table, sources' own word, and the
`WriteTx` that `collabgraph.store.decide` runs in one SQLite transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from collabgraph.model.batch import GraphBatch, SourceInfo, batch_from_dict, batch_to_dict
from collabgraph.model.decision import Decision
from collabgraph.store import sqlite_write as w
from collabgraph.store.decision_set import DecisionSet
from collabgraph.store.plan import Plan, State, plan_remove, plan_write, state_needs
from collabgraph.store.views import EntityState

SOURCE_FIELDS = ("id", "path", "sha256", "kind", "title", "author", "published", "url",
                 "extractor", "text", "review")  # fmt: skip


def read_decisions(db: sqlite3.Connection) -> list[Decision]:
    rows = db.execute(
        "SELECT seq, id, kind, target, change, who, at, note, undone FROM decisions ORDER BY seq"
    )
    return [Decision.from_stored(dict(row)) for row in rows]


def put_decision(db: sqlite3.Connection, d: Decision) -> None:
    db.execute(
        "INSERT INTO decisions (seq, id, kind, target, change, who, at, note, undone)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET undone = excluded.undone",
        (
            d.seq, d.id, d.kind, d.target, json.dumps(d.change, ensure_ascii=False), d.who, d.at,
            d.note, json.dumps(d.undone.__dict__) if d.undone else None,
        ),
    )  # fmt: skip


def source_info(db: sqlite3.Connection, source_id: str) -> tuple[SourceInfo, int] | None:
    row = db.execute(
        f"SELECT {', '.join(SOURCE_FIELDS)}, seq FROM sources WHERE id = ?", (source_id,)
    ).fetchone()
    if row is None:
        return None
    values = {k: row[k] for k in SOURCE_FIELDS}
    values["review"] = bool(values["review"]) if values["review"] is not None else None
    values["path"], values["sha256"], values["kind"] = (
        values["path"] or "",
        values["sha256"] or "",
        values["kind"] or "",
    )
    return SourceInfo(**values), row["seq"]


def raw_batch(db: sqlite3.Connection, source_id: str) -> GraphBatch | None:
    row = db.execute("SELECT batch FROM raw_batches WHERE source_id = ?", (source_id,)).fetchone()
    return batch_from_dict(json.loads(row[0])) if row else None


class SqliteTx:
    """`collabgraph.store.decide.WriteTx` on a connection inside a write transaction."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.seq = w.next_seq(db)

    def decisions(self) -> DecisionSet:
        return DecisionSet(read_decisions(self.db))

    def put_decision(self, decision: Decision) -> None:
        put_decision(self.db, decision)

    def source(self, source_id: str) -> tuple[SourceInfo, int] | None:
        return source_info(self.db, source_id)

    def write(self, batch: GraphBatch, decisions: DecisionSet, seq: int, *,
              source_row: bool) -> Plan:  # fmt: skip
        entity_ids, relation_ids = state_needs(batch)
        state = w.read_state(self.db, batch.source.id, entity_ids, relation_ids)
        state.decisions = decisions
        plan = plan_write(batch, state, seq)
        plan.source_row = source_row
        w.apply(self.db, plan, path=batch.source.path)
        return plan

    def remove(self, source_id: str, decisions: DecisionSet) -> Plan:
        state = w.read_state(self.db, source_id, (), ())
        state.decisions = decisions
        plan = plan_remove(source_id, state)
        w.apply(self.db, plan)
        return plan

    def read_state(self, source_id: str) -> State:
        return w.read_state(self.db, source_id, (), ())

    def entity_states(self, ids: Iterable[str]) -> dict[str, EntityState]:
        return w.entity_states(self.db, ids)

    def apply(self, plan: Plan) -> None:
        w.apply(self.db, plan)

    def raw(self, source_id: str) -> GraphBatch | None:
        return raw_batch(self.db, source_id)

    def put_raw(self, source_id: str, raw: GraphBatch | None, items: set[str]) -> None:
        db = self.db
        db.execute("DELETE FROM raw_batches WHERE source_id = ?", (source_id,))
        db.execute("DELETE FROM raw_items WHERE source_id = ?", (source_id,))
        if raw is None and not source_id.startswith("decision:"):
            return
        if raw is not None:
            text = json.dumps(batch_to_dict(raw), ensure_ascii=False)
            db.execute("INSERT INTO raw_batches VALUES (?, ?)", (source_id, text))
        db.executemany(
            "INSERT OR IGNORE INTO raw_items VALUES (?, ?)", [(i, source_id) for i in items]
        )

    def sources_with(self, items: set[str]) -> set[str]:
        found: set[str] = set()
        for chunk in w.chunks(sorted(items), 300):
            marks = ", ".join("?" * len(chunk))
            for (source,) in self.db.execute(
                f"SELECT source_id FROM raw_items WHERE item IN ({marks})"
                f" UNION SELECT source_id FROM mentions WHERE entity_id IN ({marks})"
                f" UNION SELECT source_id FROM claims WHERE relation_id IN ({marks})",
                chunk * 3,
            ):
                found.add(source)
        return found
