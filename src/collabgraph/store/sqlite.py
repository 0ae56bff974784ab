"""The embedded store: one SQLite file, for laptops with nothing else installed."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from collabgraph.errors import EntityNotFound, NoPath, StoreError
from collabgraph.model.batch import RELATION_FIELDS, GraphBatch
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.names import name_key
from collabgraph.model.vocabulary import CONTEXT_TYPES, RELATIONS, check_endpoints
from collabgraph.store.base import (
    COLLABORATOR_TYPES,
    Collaborations,
    EntityRef,
    GraphStore,
    SourceClaims,
    Stats,
    assemble_collaborations,
    names_after,
    said_names,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
    title TEXT, description TEXT, date TEXT,
    aliases TEXT NOT NULL DEFAULT '[]', properties TEXT NOT NULL DEFAULT '{}',
    merged_ids TEXT NOT NULL DEFAULT '[]', merged_names TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys(entity_id);
CREATE TABLE IF NOT EXISTS merged (
    old_id TEXT PRIMARY KEY, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, kind TEXT, title TEXT, author TEXT,
    published TEXT, url TEXT, extractor TEXT, imported_at TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    names TEXT,  -- JSON list of the names the source gives, when not just the entity's name
    PRIMARY KEY (source_id, entity_id)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY, src TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type TEXT NOT NULL, dst TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role TEXT, since TEXT, until TEXT, date TEXT, confidence REAL,
    UNIQUE (src, type, dst)
);
CREATE INDEX IF NOT EXISTS relations_dst ON relations(dst);
CREATE TABLE IF NOT EXISTS claims (
    relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, evidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (relation_id, source_id)
);
CREATE INDEX IF NOT EXISTS claims_source ON claims(source_id);
CREATE TABLE IF NOT EXISTS revision (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO revision VALUES (1, 0);
"""

ADDED_COLUMNS = (
    ("entities", "merged_names", "TEXT NOT NULL DEFAULT '[]'"),
    ("mentions", "names", "TEXT"),
)
ENTITY_COLUMNS = "id, type, name, title, description, date, aliases, properties"
RELATION_COLUMNS = "id, src, type, dst, role, since, until, date, confidence"


class SqliteStore(GraphStore):
    """GraphStore on an SQLite file (or ":memory:")."""

    backend = "sqlite"

    def __init__(self, path: str | Path):
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; every write moves the graph's revision on."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
            self._db.execute("UPDATE revision SET n = n + 1")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def revision(self) -> str:
        return str(self._db.execute("SELECT n FROM revision").fetchone()[0])

    def ensure_schema(self) -> None:
        self._db.executescript(SCHEMA)
        for table, column, spec in ADDED_COLUMNS:  # stores made by earlier versions
            have = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {spec}")

    def clear(self) -> None:
        with self._transaction() as db:
            for table in ("claims", "relations", "mentions", "sources", "merged", "entity_keys"):
                db.execute(f"DELETE FROM {table}")
            db.execute("DELETE FROM entities")

    # --- sources -------------------------------------------------------------

    def source_digest(self, source_id: str) -> str | None:
        row = self._db.execute("SELECT sha256 FROM sources WHERE id = ?", (source_id,)).fetchone()
        return row["sha256"] if row else None

    def source_claims(self, source_id: str) -> SourceClaims:
        claims = SourceClaims()
        claims.entities = {
            r[0]
            for r in self._db.execute(
                "SELECT entity_id FROM mentions WHERE source_id = ?", (source_id,)
            )
        }
        rows = self._db.execute(
            f"SELECT {RELATION_COLUMNS}, c.evidence FROM claims c"
            " JOIN relations r ON r.id = c.relation_id WHERE c.source_id = ?",
            (source_id,),
        )
        for row in rows:
            fields = {k: row[k] for k in RELATION_FIELDS}
            fields["evidence"] = row["evidence"]
            claims.relations[(row["src"], row["type"], row["dst"])] = fields
        return claims

    def write_batch(self, batch: GraphBatch) -> None:
        src = batch.source
        with self._transaction() as db:
            named = self._remove_claims(db, src.id)
            props = src.properties()
            props["imported_at"] = datetime.now(UTC).isoformat(timespec="seconds")
            cols = ", ".join(props)
            db.execute(
                f"INSERT INTO sources ({cols}) VALUES ({', '.join('?' * len(props))})",
                list(props.values()),
            )
            self._upsert_entities(db, batch)
            self._upsert_relations(db, batch)
            self._drop_orphans(db)
            self._recompute_names(db, named)

    def _upsert_entities(self, db: sqlite3.Connection, batch: GraphBatch) -> None:
        ids = [e.id for e in batch.entities]
        existing = self.entities([e.id for e in batch.entities if not e.reference], db=db)
        said: dict[str, str | None] = {}
        for record in batch.entities:
            known = existing.get(record.id)
            names = said_names(record, known.name if known else None)
            said[record.id] = json.dumps(names) if names else None
            if record.reference:
                continue
            if known is None:
                aliases = [a for a in record.aliases if a != record.name]
                db.execute(
                    f"INSERT INTO entities ({ENTITY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.id,
                        record.type,
                        record.name,
                        record.title,
                        record.description,
                        record.date,
                        json.dumps(aliases),
                        json.dumps(record.properties),
                    ),
                )
                name = record.name
            else:
                name = known.name
                aliases = list(known.aliases)
                for alias in [record.name, *record.aliases]:
                    if alias != name and alias not in aliases:
                        aliases.append(alias)
                db.execute(
                    "UPDATE entities SET title = coalesce(?, title),"
                    " description = coalesce(?, description), date = coalesce(?, date),"
                    " aliases = ?, properties = ? WHERE id = ?",
                    (
                        record.title,
                        record.description,
                        record.date,
                        json.dumps(aliases),
                        json.dumps({**known.properties, **record.properties}),
                        record.id,
                    ),
                )
            keys = {name_key(n, record.type) for n in [name, *aliases]}
            db.executemany(
                "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)",
                [(k, record.id) for k in keys if k],
            )
        db.executemany(
            "INSERT OR IGNORE INTO mentions (source_id, entity_id, names) VALUES (?, ?, ?)",
            [(batch.source.id, i, said[i]) for i in ids],
        )

    def _upsert_relations(self, db: sqlite3.Connection, batch: GraphBatch) -> None:
        source_id = batch.source.id
        for seq, rel in enumerate(batch.relations):
            fields = rel.fields()
            try:
                row = db.execute(
                    "INSERT INTO relations (src, type, dst, role, since, until, date, confidence)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (src, type, dst) DO UPDATE SET role = excluded.role,"
                    " since = excluded.since, until = excluded.until, date = excluded.date,"
                    " confidence = excluded.confidence RETURNING id",
                    (rel.source, rel.type, rel.target, *(fields[k] for k in RELATION_FIELDS)),
                ).fetchone()
            except sqlite3.IntegrityError as exc:
                ends = [rel.source, rel.target]
                found = self.entities(ends, db=db)
                missing = [i for i in ends if i not in found]
                raise StoreError.missing_ends(batch.source.path, missing) from exc
            db.execute(
                "INSERT OR REPLACE INTO claims (relation_id, source_id, seq, evidence)"
                " VALUES (?, ?, ?, ?)",
                (row[0], source_id, seq, rel.evidence or ""),
            )

    def _remove_claims(self, db: sqlite3.Connection, source_id: str) -> list[str]:
        """Forget what a source said; returns the entities it gave names to."""
        named = [
            row[0]
            for row in db.execute(
                "SELECT entity_id FROM mentions WHERE source_id = ? AND names IS NOT NULL",
                (source_id,),
            )
        ]
        db.execute("DELETE FROM claims WHERE source_id = ?", (source_id,))
        db.execute("DELETE FROM mentions WHERE source_id = ?", (source_id,))
        db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        return named

    def _drop_orphans(self, db: sqlite3.Connection) -> None:
        db.execute("DELETE FROM relations WHERE id NOT IN (SELECT relation_id FROM claims)")
        db.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)")

    def remove_source(self, source_id: str) -> None:
        with self._transaction() as db:
            named = self._remove_claims(db, source_id)
            self._drop_orphans(db)
            self._recompute_names(db, named)

    def _recompute_names(self, db: sqlite3.Connection, ids: list[str]) -> None:
        """Aliases and keys again from the mentions left (see `names_after`)."""
        for chunk in _chunks(ids, 500):
            marks = _marks(chunk)
            said: dict[str, list[list[str]]] = defaultdict(list)
            for entity_id, names in db.execute(
                f"SELECT entity_id, names FROM mentions WHERE entity_id IN ({marks})"
                " ORDER BY entity_id, source_id",
                chunk,
            ):
                said[entity_id].append(json.loads(names) if names else [])
            updates, keys = [], []
            for row in db.execute(
                f"SELECT id, type, name, merged_names FROM entities WHERE id IN ({marks})", chunk
            ).fetchall():
                aliases, found = names_after(
                    row["name"], row["type"], said[row["id"]], json.loads(row["merged_names"])
                )
                updates.append((json.dumps(aliases), row["id"]))
                keys.extend((k, row["id"]) for k in found)
            db.executemany("UPDATE entities SET aliases = ? WHERE id = ?", updates)
            db.execute(f"DELETE FROM entity_keys WHERE entity_id IN ({marks})", chunk)
            db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)", keys)

    def list_sources(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT * FROM sources ORDER BY id")
        return [{k: r[k] for k in r.keys() if r[k] is not None} for r in rows]  # noqa: SIM118

    # --- identity ------------------------------------------------------------

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[EntityRef]]:
        found: dict[str, list[EntityRef]] = defaultdict(list)
        keys = list(dict.fromkeys(keys))
        for chunk in _chunks(keys, 500):
            rows = self._db.execute(
                "SELECT k.key, e.id, e.type, e.name FROM entity_keys k"
                f" JOIN entities e ON e.id = k.entity_id WHERE k.key IN ({_marks(chunk)})"
                " ORDER BY e.id",
                chunk,
            )
            for row in rows:
                found[row["key"]].append(EntityRef(row["id"], row["type"], row["name"]))
        return dict(found)

    def merge(self, keep_id: str, drop_id: str) -> Entity:
        keep, drop = self._merge_pair(keep_id, drop_id)
        if keep.id == drop.id:
            return keep
        with self._transaction() as db:
            for rel in self._relations_of(db, [drop.id]):
                src = keep.id if rel.source == drop.id else rel.source
                dst = keep.id if rel.target == drop.id else rel.target
                self._move_relation(db, rel, src, dst)
            db.execute(
                "INSERT OR IGNORE INTO mentions (source_id, entity_id)"
                " SELECT source_id, ? FROM mentions WHERE entity_id = ?",
                (keep.id, drop.id),
            )
            aliases = list(keep.aliases)
            for alias in [drop.name, *drop.aliases]:
                if alias != keep.name and alias not in aliases:
                    aliases.append(alias)
            (merged_before,) = db.execute(
                "SELECT merged_names FROM entities WHERE id = ?", (keep.id,)
            ).fetchone()
            merged = list(dict.fromkeys([*json.loads(merged_before), drop.name, *drop.aliases]))
            db.execute(
                "UPDATE entities SET aliases = ?, merged_names = ?, title = coalesce(title, ?),"
                " description = coalesce(description, ?), date = coalesce(date, ?) WHERE id = ?",
                (
                    json.dumps(aliases),
                    json.dumps(merged),
                    drop.title,
                    drop.description,
                    drop.date,
                    keep.id,
                ),
            )
            db.execute(
                "INSERT OR IGNORE INTO entity_keys (key, entity_id)"
                " SELECT key, ? FROM entity_keys WHERE entity_id = ?",
                (keep.id, drop.id),
            )
            db.execute("UPDATE merged SET entity_id = ? WHERE entity_id = ?", (keep.id, drop.id))
            db.execute("INSERT OR REPLACE INTO merged VALUES (?, ?)", (drop.id, keep.id))
            db.execute("DELETE FROM entities WHERE id = ?", (drop.id,))
        return self.entity(keep.id)  # type: ignore[return-value]

    def _move_relation(self, db: sqlite3.Connection, rel: Relation, src: str, dst: str) -> None:
        types = self.entities([src, dst], db=db)
        check_endpoints(rel.type, types[src].type, types[dst].type)
        if RELATIONS[rel.type].symmetric and dst < src:
            src, dst = dst, src
        if src == dst:
            db.execute("DELETE FROM relations WHERE src = ? AND type = ? AND dst = ?", rel.key)
            return
        old_id = db.execute(
            "SELECT id FROM relations WHERE src = ? AND type = ? AND dst = ?", rel.key
        ).fetchone()[0]
        target = db.execute(
            "SELECT id FROM relations WHERE src = ? AND type = ? AND dst = ?", (src, rel.type, dst)
        ).fetchone()
        if target is None:
            db.execute("UPDATE relations SET src = ?, dst = ? WHERE id = ?", (src, dst, old_id))
        else:
            db.execute(
                "INSERT OR IGNORE INTO claims (relation_id, source_id, seq, evidence)"
                " SELECT ?, source_id, seq, evidence FROM claims WHERE relation_id = ?",
                (target[0], old_id),
            )
            db.execute("DELETE FROM relations WHERE id = ?", (old_id,))

    # --- reads ---------------------------------------------------------------

    def entities(
        self, ids: Iterable[str], *, db: sqlite3.Connection | None = None
    ) -> dict[str, Entity]:
        db = db or self._db
        ids = list(dict.fromkeys(ids))
        found: dict[str, Entity] = {}
        for chunk in _chunks(ids, 500):
            marks = _marks(chunk)
            rows = db.execute(
                f"SELECT m.old_id AS asked, {_prefixed('e', ENTITY_COLUMNS)} FROM merged m"
                f" JOIN entities e ON e.id = m.entity_id WHERE m.old_id IN ({marks})"
                f" UNION ALL SELECT e.id AS asked, {_prefixed('e', ENTITY_COLUMNS)}"
                f" FROM entities e WHERE e.id IN ({marks})",
                chunk + chunk,
            ).fetchall()
            sources = self._mention_sources(db, [r["id"] for r in rows])
            for row in rows:
                found[row["asked"]] = _entity(row, sources.get(row["id"], []))
        return found

    def _mention_sources(self, db: sqlite3.Connection, ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            for row in db.execute(
                f"SELECT entity_id, source_id FROM mentions WHERE entity_id IN ({_marks(chunk)})"
                " ORDER BY source_id",
                chunk,
            ):
                out[row[0]].append(row[1])
        return out

    def search(
        self, query: str, *, entity_type: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[Entity]:
        q = query.strip().lower()
        rows = self._db.execute(
            f"SELECT {ENTITY_COLUMNS} FROM entities WHERE (? IS NULL OR type = ?)",
            (entity_type, entity_type),
        ).fetchall()
        ranked = []
        for row in rows:
            rank = _match_rank(q, [row["name"], *json.loads(row["aliases"])])
            if rank is not None:
                ranked.append((rank, row["name"].lower(), row["id"], row))
        ranked.sort(key=lambda t: t[:3])
        page = [t[3] for t in ranked[offset : offset + limit]]
        sources = self._mention_sources(self._db, [r["id"] for r in page])
        return [_entity(r, sources.get(r["id"], [])) for r in page]

    def stats(self) -> Stats:
        ents = dict(
            self._db.execute("SELECT type, count(*) FROM entities GROUP BY type").fetchall()
        )
        rels = dict(
            self._db.execute("SELECT type, count(*) FROM relations GROUP BY type").fetchall()
        )
        n_sources = self._db.execute("SELECT count(*) FROM sources").fetchone()[0]
        return Stats(ents, rels, n_sources)

    def subgraph(self) -> Subgraph:
        rows = self._db.execute(f"SELECT {ENTITY_COLUMNS} FROM entities ORDER BY id").fetchall()
        sources: dict[str, list[str]] = defaultdict(list)
        for eid, sid in self._db.execute("SELECT entity_id, source_id FROM mentions ORDER BY 2"):
            sources[eid].append(sid)
        entities = [_entity(r, sources.get(r["id"], [])) for r in rows]
        return Subgraph(entities, self._relations_where(self._db, "1 = 1", []))

    def neighbourhood(self, entity_id: str, *, depth: int = 1) -> Subgraph:
        centre = self._require(entity_id)
        seen = {centre.id}
        frontier = [centre.id]
        for _ in range(depth):
            nxt: list[str] = []
            for chunk in _chunks(frontier, 400):
                marks = _marks(chunk)
                for (other,) in self._db.execute(
                    f"SELECT dst FROM relations WHERE src IN ({marks})"
                    f" UNION SELECT src FROM relations WHERE dst IN ({marks})",
                    chunk + chunk,
                ):
                    if other not in seen:
                        seen.add(other)
                        nxt.append(other)
            frontier = nxt
        return self.induced(seen)

    def induced(self, ids: Iterable[str]) -> Subgraph:
        found = {e.id: e for e in self.entities(ids).values()}
        rels = [
            r
            for r in self._relations_of(self._db, list(found))
            if r.source in found and r.target in found
        ]
        return Subgraph([found[i] for i in sorted(found)], sorted(rels, key=lambda r: r.key))

    def collaborations(self, entity_id: str) -> Collaborations:
        me = self._require(entity_id)
        mine = self._relations_of(self._db, [me.id])
        direct = [r for r in mine if r.type == "COLLABORATES_WITH"]
        ctx_of = {r.target if r.source == me.id else r.source: r for r in mine if r not in direct}
        entities = self.entities(ctx_of)
        contexts = [c for c in ctx_of if entities[c].type in CONTEXT_TYPES]
        mine_by_ctx = defaultdict(list)
        for rel in mine:
            if rel not in direct:
                mine_by_ctx[rel.target if rel.source == me.id else rel.source].append(rel)
        candidates = []
        for rel in self._relations_of(self._db, contexts):
            if rel.type == "COLLABORATES_WITH" or me.id in (rel.source, rel.target):
                continue
            for ctx in {rel.source, rel.target} & set(contexts):
                other = rel.target if rel.source == ctx else rel.source
                candidates.extend((m, rel, other) for m in mine_by_ctx[ctx])
        entities.update(self.entities([o for _, _, o in candidates]))
        entities.update(self.entities(r.source if r.target == me.id else r.target for r in direct))
        shared = [(m, t) for m, t, o in candidates if entities[o].type in COLLABORATOR_TYPES]
        entities[me.id] = me
        return assemble_collaborations(me.id, shared, direct, entities)

    def shortest_path(self, source_id: str, target_id: str, *, max_hops: int = 8) -> list[Relation]:
        start, goal = self._require(source_id), self._require(target_id)
        if start.id == goal.id:
            return []
        parents: dict[str, Relation | None] = {start.id: None}
        frontier = [start.id]
        for _ in range(max_hops):
            nxt = []
            for rel in sorted(self._relations_of(self._db, frontier), key=lambda r: r.key):
                for here, there in ((rel.source, rel.target), (rel.target, rel.source)):
                    if here in frontier and there not in parents:
                        parents[there] = rel
                        nxt.append(there)
            if goal.id in parents:
                path, node = [], goal.id
                while parents[node] is not None:
                    rel = parents[node]
                    path.append(rel)
                    node = rel.source if rel.target == node else rel.target
                return path[::-1]
            frontier = nxt
            if not frontier:
                break
        raise NoPath(f"no path from {start.name!r} to {goal.name!r} within {max_hops} hops")

    # --- helpers -------------------------------------------------------------

    def _require(self, entity_id: str) -> Entity:
        found = self.entity(entity_id)
        if found is None:
            raise EntityNotFound(entity_id)
        return found

    def _relations_of(self, db: sqlite3.Connection, ids: list[str]) -> list[Relation]:
        out: dict[int, Relation] = {}
        for chunk in _chunks(list(ids), 400):
            marks = _marks(chunk)
            for rel_id, rel in self._relations_where(
                db, f"r.src IN ({marks}) OR r.dst IN ({marks})", chunk + chunk, with_ids=True
            ):
                out[rel_id] = rel
        return list(out.values())

    def _relations_where(self, db, where: str, params: list, *, with_ids: bool = False):
        rows = db.execute(
            f"SELECT {_prefixed('r', RELATION_COLUMNS)}, c.source_id, c.evidence FROM relations r"
            f" JOIN claims c ON c.relation_id = r.id WHERE {where} ORDER BY r.id, c.source_id",
            params,
        )
        rels: dict[int, Relation] = {}
        for row in rows:
            rel = rels.get(row["id"])
            if rel is None:
                rel = rels[row["id"]] = Relation(
                    type=row["type"],
                    source=row["src"],
                    target=row["dst"],
                    **{k: row[k] for k in RELATION_FIELDS},
                )
            rel.sources.append(row["source_id"])
            rel.evidence.append(row["evidence"])
        return list(rels.items()) if with_ids else list(rels.values())


def _entity(row: sqlite3.Row, sources: list[str]) -> Entity:
    return Entity(
        id=row["id"],
        type=row["type"],
        name=row["name"],
        aliases=json.loads(row["aliases"]),
        title=row["title"],
        description=row["description"],
        date=row["date"],
        properties=json.loads(row["properties"]),
        sources=sources,
    )


def _match_rank(query: str, names: list[str]) -> int | None:
    """0 exact, 1 prefix, 2 contains, None no match (case-insensitive)."""
    best = None
    for name in names:
        folded = name.lower()
        rank = (
            0
            if folded == query
            else 1
            if folded.startswith(query)
            else 2
            if query in folded
            else None
        )
        if rank is not None and (best is None or rank < best):
            best = rank
    return best


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def _marks(items: list) -> str:
    return ", ".join("?" * len(items))


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
