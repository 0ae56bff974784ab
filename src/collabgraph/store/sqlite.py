"""The embedded store: one SQLite file, for laptops with nothing else installed."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from collabgraph.errors import EntityNotFound, NoPath, PathBeyondLimit
from collabgraph.model.batch import SourceInfo
from collabgraph.model.decision import Decision
from collabgraph.model.graph import Entity, Relation, Step, Subgraph
from collabgraph.store import sqlite_edits as x
from collabgraph.store import sqlite_write as w
from collabgraph.store.base import (
    EDIT_KIND,
    EntityRef,
    GraphStore,
    Stats,
    Walked,
)
from collabgraph.store.plan import State
from collabgraph.store.sqlite_files import Connections, prepare_file, store_calls
from collabgraph.store.sqlite_schema import ensure_schema, schema_is_current

WRITE_CACHE_KIB = 64 * 1024
ENTITY_COLUMNS = (
    "id, type, name, title, description, date, aliases, properties, external_ids, unreviewed"
)


@store_calls(
    writes=frozenset(
        {
            "close",
            "ensure_schema",
            "clear",
            "write_batch",
            "remove_source",
            "move_source",
            "merge",
            "merge_decision",
            "decide",
            "undo",
        }
    )
)
class SqliteStore(GraphStore):
    """GraphStore on an SQLite file, one connection per thread (see `sqlite_files`).

    Raises StoreDamaged for a damaged or emptied file, StoreBusy when a write
    waited `busy_timeout` seconds for another to finish.
    """

    backend = "sqlite"

    def __init__(self, path: str | Path, *, busy_timeout: float = 10.0):
        self.path = str(path)
        self.busy_timeout = busy_timeout
        prepare_file(Path(path), ensure_schema)
        self._connections = Connections(self.path, busy_timeout=busy_timeout)
        self._connections.get()  # a file SQLite cannot read fails here, named

    @property
    def _db(self) -> sqlite3.Connection:
        """This thread's connection: it reads the last committed graph."""
        return self._connections.get()

    def close(self) -> None:
        self._connections.close_all()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; every write moves the graph's revision on."""
        db = self._db
        # A writing connection keeps up to 64 MiB of pages (SQLite's default is 2 MiB):
        # a big import inserts into the relation, claim and key indexes in no order,
        # and with the default cache each insert reads and writes pages through the
        # OS again (500k relations: 19 s of CPU to write them, 13.5 s with this).
        db.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
        db.execute("BEGIN IMMEDIATE")  # waits up to busy_timeout for another writer
        try:
            yield db
            db.execute("UPDATE revision SET n = n + 1")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def revision(self) -> str:
        return str(self._db.execute("SELECT n FROM revision").fetchone()[0])

    def ensure_schema(self) -> None:
        if not schema_is_current(self._db):  # reading takes no lock: no wait behind an import
            ensure_schema(self._db)

    def clear(self) -> None:
        with self._transaction() as db:
            for table in ("claims", "relations", "mentions", "raw_items", "raw_batches",
                          "sources", "merged", "entity_keys", "decisions"):  # fmt: skip
                db.execute(f"DELETE FROM {table}")
            db.execute("DELETE FROM entities")

    def _in_write(self, work):
        with self._transaction() as db:
            return work(x.SqliteTx(db))

    def _in_read(self, work):
        return work(x.SqliteTx(self._db))

    def decisions(self) -> list[Decision]:
        return x.read_decisions(self._db)

    def source_info(self, source_id: str) -> SourceInfo | None:
        found = x.source_info(self._db, source_id)
        return found[0] if found else None

    # --- sources -------------------------------------------------------------

    def source_digest(self, source_id: str) -> str | None:
        row = self._db.execute("SELECT sha256 FROM sources WHERE id = ?", (source_id,)).fetchone()
        return row["sha256"] if row else None

    def read_state(
        self, source_id: str, entity_ids: Iterable[str], relations: dict[str, str]
    ) -> State:
        return w.read_state(self._db, source_id, entity_ids, relations)

    def move_source(self, source_id: str, path: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE sources SET path = ? WHERE id = ?", (path, source_id))

    def list_sources(self) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT * FROM sources WHERE kind IS NOT ? ORDER BY id", (EDIT_KIND,)
        )
        return [
            {k: _source_value(k, r[k]) for k in r.keys() if r[k] is not None and k not in HIDDEN}  # noqa: SIM118
            for r in rows
        ]

    # --- identity ------------------------------------------------------------

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[EntityRef]]:
        found: dict[str, list[EntityRef]] = defaultdict(list)
        keys = list(dict.fromkeys(keys))
        for chunk in _chunks(keys, 500):
            rows = self._db.execute(
                "SELECT k.key, e.id, e.type, e.name, e.aliases, e.external_ids FROM entity_keys k"
                f" JOIN entities e ON e.id = k.entity_id WHERE k.key IN ({_marks(chunk)})"
                " ORDER BY e.id",
                chunk,
            )
            for row in rows:
                found[row["key"]].append(
                    EntityRef(
                        row["id"],
                        row["type"],
                        row["name"],
                        tuple(json.loads(row["aliases"])),
                        tuple(json.loads(row["external_ids"] or "[]")),
                    )
                )
        return dict(found)

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
        n_sources = self._db.execute(
            "SELECT count(*) FROM sources WHERE kind IS NOT ?", (EDIT_KIND,)
        ).fetchone()[0]
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
        return Subgraph([found[i] for i in sorted(found)], sorted(rels, key=lambda r: r.order))

    def relations(self, ids: Iterable[str]) -> dict[str, Relation]:
        found: dict[str, Relation] = {}
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            for rel in self._relations_where(self._db, f"r.id IN ({_marks(chunk)})", chunk):
                found[rel.id] = rel
        return found

    def relations_of(self, entity_id: str) -> list[Relation]:
        me = self._require(entity_id)
        return sorted(self._relations_of(self._db, [me.id]), key=lambda r: r.order)

    def walk(self, entity_id: str, plans: Mapping[str, Sequence[tuple[Step, Step]]]) -> Walked:
        me = self._require(entity_id)
        own = self._relations_of(self._db, [me.id])
        entities = self.entities({x for r in own for x in (r.source, r.target)})
        entities[me.id] = me
        found = {r.id: r for r in own}
        for first, second in plans.get(me.type, ()):
            mids = set()
            for r in own:
                mid = r.target if r.source == me.id else r.source
                out = r.source == me.id
                if (
                    r.type in first.types
                    and (first.direction == "out") == out
                    and mid != me.id
                    and entities[mid].type in first.to
                ):
                    mids.add(mid)
            for r in self._step(sorted(mids), second):
                if me.id not in (r.source, r.target):
                    found.setdefault(r.id, r)
        relations = sorted(found.values(), key=lambda r: r.order)
        missing = {x for r in relations for x in (r.source, r.target)} - set(entities)
        entities.update(self.entities(missing))
        return Walked(me, Subgraph([entities[i] for i in sorted(entities)], relations))

    def _step(self, ids: list[str], step: Step) -> list[Relation]:
        """The relations `step` follows from the entities `ids`."""
        here, there = ("src", "dst") if step.direction == "out" else ("dst", "src")
        found: list[Relation] = []
        types, to = sorted(step.types), sorted(step.to)
        for chunk in _chunks(ids, 400):
            found += self._relations_where(
                self._db,
                f"r.{here} IN ({_marks(chunk)}) AND r.type IN ({_marks(types)})"
                f" AND r.{there} IN (SELECT id FROM entities WHERE type IN ({_marks(to)}))",
                [*chunk, *types, *to],
            )
        return found

    def path_subgraph(self, source_id: str, target_id: str, *, max_hops: int) -> Subgraph:
        start, goal = self._require(source_id), self._require(target_id)
        parents: dict[str, set[str]] = {start.id: set()}
        frontier, depth = {start.id}, 0
        # Breadth first from the start; past max_hops only to tell "too far" from "none".
        while goal.id not in parents and frontier:
            depth += 1
            layer: dict[str, set[str]] = defaultdict(set)
            for here, there in self._ends_of(sorted(frontier)):
                if there not in parents:
                    layer[there].add(here)
            parents.update(layer)
            frontier = set(layer)
        if goal.id not in parents:
            raise NoPath(f"nothing connects {start.name!r} and {goal.name!r}")
        if depth > max_hops:
            raise PathBeyondLimit(start.name, goal.name, max_hops, depth)
        # Back from the goal over every parent: the entities on the shortest paths, each
        # with its step from the start; the relations along the paths join steps d, d + 1.
        step, stack = {goal.id: depth}, [goal.id]
        while stack:
            child = stack.pop()
            for parent in parents[child] - step.keys():
                step[parent] = step[child] - 1
                stack.append(parent)
        found = self.induced(step)
        along = [r for r in found.relations if abs(step[r.source] - step[r.target]) == 1]
        return Subgraph(found.entities, along)

    def _ends_of(self, ids: list[str]) -> Iterator[tuple[str, str]]:
        """`(id, other end)` for every relation touching one of `ids`, either way."""
        for chunk in _chunks(ids, 400):
            marks = _marks(chunk)
            yield from self._db.execute(
                f"SELECT src, dst FROM relations WHERE src IN ({marks})"
                f" UNION ALL SELECT dst, src FROM relations WHERE dst IN ({marks})",
                chunk + chunk,
            )

    # --- helpers -------------------------------------------------------------

    def _require(self, entity_id: str) -> Entity:
        found = self.entity(entity_id)
        if found is None:
            raise EntityNotFound(entity_id)
        return found

    def _relations_of(self, db: sqlite3.Connection, ids: list[str]) -> list[Relation]:
        out: dict[str, Relation] = {}
        for chunk in _chunks(list(ids), 400):
            marks = _marks(chunk)
            for rel in self._relations_where(
                db, f"r.src IN ({marks}) OR r.dst IN ({marks})", chunk + chunk
            ):
                out[rel.id] = rel
        return list(out.values())

    def _relations_where(self, db, where: str, params: list) -> list[Relation]:
        rels = []
        for fields, claims in w.relation_rows(db, where, params):
            fields["properties"] = json.loads(fields["properties"] or "{}")
            fields["reviewed"] = bool(fields["reviewed"])
            rels.append(
                Relation(
                    **fields,
                    sources=[s for s, _ in claims],
                    evidence=[e for _, e in claims],
                )
            )
        return rels


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
        external_ids=json.loads(row["external_ids"] or "[]"),
        reviewed=not row["unreviewed"],
    )


# What `list_sources` leaves out: the import order, and a write-up's whole text.
HIDDEN = frozenset({"seq", "text"})


def _source_value(key: str, value: Any) -> Any:
    return bool(value) if key == "review" else value


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


_chunks = w.chunks
