"""The embedded store's writes: read the `State` a plan needs, apply a `Plan`.

What changes is decided in `collabgraph.store.plan`; this module only turns
states into rows and plans into statements.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from collabgraph.errors import StoreError
from collabgraph.store.plan import Plan, State
from collabgraph.store.views import (
    Claim,
    EntityState,
    EntityView,
    Mention,
    RelationState,
    Said,
    said_of,
)


def read_state(
    db: sqlite3.Connection,
    source_id: str,
    entity_ids: Iterable[str],
    relation_ids: Iterable[str],
) -> State:
    """The `State` of these entities and relations, and of what the source said before."""
    state = State()
    state.mentioned = {
        r[0] for r in db.execute("SELECT entity_id FROM mentions WHERE source_id = ?", (source_id,))
    }
    state.claimed = {
        r[0] for r in db.execute("SELECT relation_id FROM claims WHERE source_id = ?", (source_id,))
    }
    state.entities = entity_states(db, {*entity_ids, *state.mentioned})
    state.relations = relation_states(db, {*relation_ids, *state.claimed})
    return state


def entity_states(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, EntityState]:
    out: dict[str, EntityState] = {}
    for chunk in chunks(sorted(ids), 500):
        asked = marks(chunk)
        for eid, etype, name, merged in db.execute(
            f"SELECT id, type, name, merged_names FROM entities WHERE id IN ({asked})", chunk
        ):
            out[eid] = EntityState(eid, etype, name, json.loads(merged or "[]"))
        for eid, source, seq, names, said in db.execute(
            "SELECT m.entity_id, m.source_id, s.seq, m.names, m.said FROM mentions m"
            f" JOIN sources s ON s.id = m.source_id WHERE m.entity_id IN ({asked})",
            chunk,
        ):
            if eid in out:
                out[eid].mentions.append(
                    Mention(source, seq, Said.stored(json.loads(names) if names else None, said))
                )
    return out


def relation_states(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, RelationState]:
    out: dict[str, RelationState] = {}
    for chunk in chunks(sorted(ids), 500):
        asked = marks(chunk)
        for row in db.execute(
            "SELECT id, type, src, dst, role, since, until, date, external_id FROM relations"
            f" WHERE id IN ({asked})",
            chunk,
        ):
            out[row[0]] = RelationState(*row)
        for rid, source, seq, evidence, said in db.execute(
            "SELECT c.relation_id, c.source_id, s.seq, c.evidence, c.said FROM claims c"
            f" JOIN sources s ON s.id = c.source_id WHERE c.relation_id IN ({asked})",
            chunk,
        ):
            if rid in out:
                out[rid].claims.append(Claim.stored(source, seq, evidence, said))
    return out


def next_seq(db: sqlite3.Connection) -> int:
    """The import order of the write in progress: the revision it will make."""
    return db.execute("SELECT n FROM revision").fetchone()[0] + 1


def apply(db: sqlite3.Connection, plan: Plan, *, path: str = "") -> None:
    """Apply `plan` inside the caller's transaction. Raises StoreError when a relation
    end or a named entity is missing from the graph."""
    if plan.source is not None and plan.source_row:
        props = plan.source.properties()
        props["imported_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        props["seq"] = plan.seq
        cols = ", ".join(props)
        updates = ", ".join(f"{k} = excluded.{k}" for k in props if k != "id")
        cleared = ", ".join(
            f"{k} = NULL"
            for k in ("title", "author", "published", "url", "extractor", "text", "review")
            if k not in props
        )
        db.execute(
            f"INSERT INTO sources ({cols}) VALUES ({marks(list(props))})"
            f" ON CONFLICT (id) DO UPDATE SET {updates}{', ' + cleared if cleared else ''}",
            list(props.values()),
        )
    _delete_relations(db, [r.id for r in plan.delete_relations])
    db.executemany(
        "DELETE FROM mentions WHERE source_id = ? AND entity_id = ?", plan.delete_mentions
    )
    for chunk in chunks(plan.delete_entities, 500):
        db.execute(f"DELETE FROM entities WHERE id IN ({marks(chunk)})", chunk)
    if plan.merged is not None:
        drop, keep = plan.merged
        db.execute("UPDATE merged SET entity_id = ? WHERE entity_id = ?", (keep, drop))
        db.execute("INSERT OR REPLACE INTO merged VALUES (?, ?)", (drop, keep))
    if plan.unmerged is not None:
        db.execute("DELETE FROM merged WHERE old_id = ?", (plan.unmerged,))
    _new_entities(db, plan)
    _overwrite_entities(db, plan)
    try:
        db.executemany(
            "INSERT INTO mentions (source_id, entity_id, names, said) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (source_id, entity_id) DO UPDATE SET names = excluded.names,"
            " said = excluded.said",
            [(s, e, _json(said.names), _json(said.extra())) for s, e, said in plan.mentions],
        )
        _relations(db, plan)
        for chunk in chunks(plan.reviewed, 500):
            db.execute(
                "UPDATE entities SET unreviewed = 0"
                f" WHERE unreviewed = 1 AND id IN ({marks(chunk)})",
                chunk,
            )
    except sqlite3.IntegrityError as exc:
        ends = {e for _, e, _ in plan.mentions}
        ends |= {i for r in plan.new_relations for i in (r.source, r.target)}
        ends |= {i for w in plan.relations for i in (w.state.source, w.state.target)}
        missing = sorted(ends - _existing(db, ends))
        raise StoreError.missing_ends(path, missing) from exc
    if plan.delete_source is not None:
        db.execute("DELETE FROM sources WHERE id = ?", (plan.delete_source,))


def _new_entities(db: sqlite3.Connection, plan: Plan) -> None:
    rows, keys, mentions = [], [], []
    for e in plan.new_entities:
        said = said_of(e)
        rows.append(
            (e.id, e.type, e.name, e.title, e.description, e.date,
             json.dumps([a for a in dict.fromkeys(e.aliases) if a != e.name]),
             json.dumps(e.properties), json.dumps(e.external_ids), int(e.extracted))
        )  # fmt: skip
        keys.extend((k, e.id) for k in e.name_keys())
        mentions.append((plan.source.id, e.id, _json(said.names), _json(said.extra())))  # type: ignore[union-attr]
    db.executemany(
        "INSERT INTO entities (id, type, name, title, description, date, aliases, properties,"
        " external_ids, unreviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)", keys)
    db.executemany(
        "INSERT INTO mentions (source_id, entity_id, names, said) VALUES (?, ?, ?, ?)", mentions
    )


def _overwrite_entities(db: sqlite3.Connection, plan: Plan) -> None:
    if not plan.entities:
        return
    db.executemany(
        "UPDATE entities SET type = ?, name = ?, aliases = ?, title = ?, description = ?,"
        " date = ?, properties = ?, external_ids = ?, unreviewed = ?, merged_names = ?"
        " WHERE id = ?",
        [(*_view_row(w.view), json.dumps(w.merged_names), w.id) for w in plan.entities],
    )
    ids = [w.id for w in plan.entities]
    for chunk in chunks(ids, 500):
        db.execute(f"DELETE FROM entity_keys WHERE entity_id IN ({marks(chunk)})", chunk)
    db.executemany(
        "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)",
        [(k, w.id) for w in plan.entities for k in w.view.keys],
    )


def _view_row(view: EntityView) -> tuple[Any, ...]:
    return (
        view.type, view.name, json.dumps(view.aliases), view.title, view.description,
        view.date, json.dumps(view.properties), json.dumps(view.external_ids),
        int(view.unreviewed),
    )  # fmt: skip


_INSERT_RELATION = (
    "INSERT INTO relations (id, src, type, dst, role, since, until, date, external_id,"
    " confidence, properties, unreviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _relations(db: sqlite3.Connection, plan: Plan) -> None:
    source = plan.source.id if plan.source is not None else None
    if plan.new_relations:
        db.executemany(
            _INSERT_RELATION,
            [
                (r.id, r.source, r.type, r.target, r.role, r.since, r.until, r.date,
                 r.external_id, r.confidence, json.dumps(r.properties) if r.properties else "{}",
                 int(r.extracted))
                for r in plan.new_relations
            ],
        )  # fmt: skip
        db.executemany(
            "INSERT INTO claims (relation_id, source_id, evidence, said) VALUES (?, ?, ?, ?)",
            [
                (r.id, source, r.evidence or "",
                 _json(Claim(source or "", 0, "", r.confidence, r.properties, r.extracted).said())
                 if r.properties or r.confidence != 1.0 or r.extracted else None)
                for r in plan.new_relations
            ],
        )  # fmt: skip
    if not plan.relations:
        return
    for w in plan.relations:
        s = w.state
        if w.create:
            db.execute(
                _INSERT_RELATION,
                (s.id, s.source, s.type, s.target, s.role, s.since, s.until, s.date,
                 s.external_id, w.view.confidence, json.dumps(w.view.properties),
                 int(w.view.unreviewed)),
            )  # fmt: skip
        else:
            db.execute(
                "UPDATE relations SET confidence = ?, properties = ?, unreviewed = ? WHERE id = ?",
                (w.view.confidence, json.dumps(w.view.properties), int(w.view.unreviewed), s.id),
            )
            db.execute("DELETE FROM claims WHERE relation_id = ?", (s.id,))
        db.executemany(
            "INSERT INTO claims (relation_id, source_id, evidence, said) VALUES (?, ?, ?, ?)",
            [(s.id, c.source, c.evidence, _json(c.said())) for c in w.view.claims],
        )


def _delete_relations(db: sqlite3.Connection, ids: list[str]) -> None:
    for chunk in chunks(ids, 500):
        db.execute(f"DELETE FROM relations WHERE id IN ({marks(chunk)})", chunk)


def _existing(db: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(sorted(ids), 500):
        found.update(
            r[0] for r in db.execute(f"SELECT id FROM entities WHERE id IN ({marks(chunk)})", chunk)
        )
    return found


def relation_rows(db: sqlite3.Connection, where: str, params: list) -> list[tuple[dict, list]]:
    """(relation columns, [(source, evidence), ...]) for each relation matching `where`
    (on table alias `r`), claims in source id order."""
    rows = db.execute(
        "SELECT r.id, r.src, r.type, r.dst, r.role, r.since, r.until, r.date, r.external_id,"
        " r.confidence, r.properties, NOT r.unreviewed, c.source_id, c.evidence FROM relations r"
        f" JOIN claims c ON c.relation_id = r.id WHERE {where} ORDER BY r.id, c.source_id",
        params,
    )
    out: dict[str, tuple[dict, list]] = {}
    for row in rows:
        item = out.get(row[0])
        if item is None:
            item = out[row[0]] = (dict(zip(_RELATION_KEYS, row[:12], strict=True)), [])
        item[1].append((row[12], row[13]))
    return list(out.values())


_RELATION_KEYS = (
    "id", "source", "type", "target", "role", "since", "until", "date", "external_id",
    "confidence", "properties", "reviewed",
)  # fmt: skip


def _json(value: Any) -> str | None:
    return json.dumps(value) if value else None


def marks(items: list) -> str:
    return ", ".join("?" * len(items))


def chunks(items: list, size: int) -> Iterator[list]:
    """`items` in lists of at most `size` (SQLite caps the parameters of a query)."""
    for i in range(0, len(items), size):
        yield items[i : i + size]
