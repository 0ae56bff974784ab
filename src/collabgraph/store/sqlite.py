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
from collabgraph.store import sqlite_read as read
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
        for chunk in w.chunks(keys, 500):
            rows = self._db.execute(
                "SELECT k.key, e.id, e.type, e.name, e.aliases, e.external_ids FROM entity_keys k"
                f" JOIN entities e ON e.id = k.entity_id WHERE k.key IN ({w.marks(chunk)})"
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

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        return read.entities(self._db, ids)

    def search(
        self, query: str, *, entity_type: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[Entity]:
        return read.search(self._db, query, entity_type=entity_type, limit=limit, offset=offset)

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
        return Subgraph(read.all_entities(self._db), read.relations_where(self._db, "1 = 1", []))

    def neighbourhood(self, entity_id: str, *, depth: int = 1) -> Subgraph:
        centre = self._require(entity_id)
        seen = {centre.id}
        frontier = [centre.id]
        for _ in range(depth):
            nxt: list[str] = []
            for other in read.neighbours(self._db, frontier):
                if other not in seen:
                    seen.add(other)
                    nxt.append(other)
            frontier = nxt
        return self.induced(seen)

    def induced(self, ids: Iterable[str]) -> Subgraph:
        found = {e.id: e for e in self.entities(ids).values()}
        rels = [
            rel
            for rel in read.relations_of(self._db, list(found))
            if rel.source in found and rel.target in found
        ]
        return Subgraph([found[i] for i in sorted(found)], sorted(rels, key=lambda rel: rel.order))

    def relations(self, ids: Iterable[str]) -> dict[str, Relation]:
        found: dict[str, Relation] = {}
        for chunk in w.chunks(list(dict.fromkeys(ids)), 500):
            for rel in read.relations_where(self._db, f"r.id IN ({w.marks(chunk)})", chunk):
                found[rel.id] = rel
        return found

    def relations_of(self, entity_id: str) -> list[Relation]:
        me = self._require(entity_id)
        return sorted(read.relations_of(self._db, [me.id]), key=lambda rel: rel.order)

    def walk(self, entity_id: str, plans: Mapping[str, Sequence[tuple[Step, Step]]]) -> Walked:
        me = self._require(entity_id)
        own = read.relations_of(self._db, [me.id])
        entities = self.entities({end for rel in own for end in (rel.source, rel.target)})
        entities[me.id] = me
        found = {rel.id: rel for rel in own}
        for first, second in plans.get(me.type, ()):
            mids = set()
            for rel in own:
                mid = rel.target if rel.source == me.id else rel.source
                out = rel.source == me.id
                if (
                    rel.type in first.types
                    and (first.direction == "out") == out
                    and mid != me.id
                    and entities[mid].type in first.to
                ):
                    mids.add(mid)
            for rel in self._step(sorted(mids), second):
                if me.id not in (rel.source, rel.target):
                    found.setdefault(rel.id, rel)
        relations = sorted(found.values(), key=lambda rel: rel.order)
        missing = {end for rel in relations for end in (rel.source, rel.target)} - set(entities)
        entities.update(self.entities(missing))
        return Walked(me, Subgraph([entities[i] for i in sorted(entities)], relations))

    def _step(self, ids: list[str], step: Step) -> list[Relation]:
        """The relations `step` follows from the entities `ids`."""
        here, there = ("src", "dst") if step.direction == "out" else ("dst", "src")
        found: list[Relation] = []
        types, to = sorted(step.types), sorted(step.to)
        for chunk in w.chunks(ids, 400):
            found += read.relations_where(
                self._db,
                f"r.{here} IN ({w.marks(chunk)}) AND r.type IN ({w.marks(types)})"
                f" AND r.{there} IN (SELECT id FROM entities WHERE type IN ({w.marks(to)}))",
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
            for here, there in read.ends_of(self._db, sorted(frontier)):
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
        along = [rel for rel in found.relations if abs(step[rel.source] - step[rel.target]) == 1]
        return Subgraph(found.entities, along)

    # --- helpers -------------------------------------------------------------

    def _require(self, entity_id: str) -> Entity:
        found = self.entity(entity_id)
        if found is None:
            raise EntityNotFound(entity_id)
        return found


# What `list_sources` leaves out: the import order, and a write-up's whole text.
HIDDEN = frozenset({"seq", "text"})


def _source_value(key: str, value: Any) -> Any:
    return bool(value) if key == "review" else value
