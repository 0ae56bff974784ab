"""Import benchmark: a synthetic graph through `collabgraph import`, beside bare-driver UNWIND.

Writes two Kumu CSV seeds (elements, connections) of N entities and M
relations, imports them into SQLite and (if a URI is given) Neo4j, and times,
in the same run, two bare-driver programs for the same two files: the minimal
one (read the CSVs, `UNWIND ... MERGE` ids and typed relationships in batches),
and one that stores the same graph collabgraph stores (labels, names, keys,
provenance). Prints relations per second for each, with both ratios.

    .venv/bin/python bench/bench_import.py --neo4j bolt://127.0.0.1:7687
    .venv/bin/python bench/bench_import.py --entities 10000 --relations 50000   # quick

With `--neo4j-pid` (the server's process id, e.g. from `scripts/neo4j-local
status`) it also prints the CPU time each contender cost: the server's and
this program's, to show how much of a run is work and how much is waiting.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase

from collabgraph.importer import import_paths
from collabgraph.model.batch import relation_id
from collabgraph.store import cypher
from collabgraph.store.neo4j import Neo4jStore
from collabgraph.store.sqlite import SqliteStore

BARE, SAME = "bare driver UNWIND → Neo4j", "bare driver, same graph → Neo4j"
SQLITE, OURS = "collabgraph import → SQLite", "collabgraph import → Neo4j"
MIX = (("Person", 0.7), ("Organisation", 0.1), ("Event", 0.1), ("Project", 0.1))
RELATIONS = (
    ("WORKS_FOR", "Person", "Organisation"),
    ("PARTICIPATED_IN", "Person", "Event"),
    ("PARTICIPATED_IN", "Person", "Project"),
    ("MEMBER_OF", "Organisation", "Organisation"),
    ("RUNS", "Organisation", "Project"),
    ("ORGANISED", "Organisation", "Event"),
)


def synthetic(n_entities: int, n_relations: int, seed: int = 7):
    """Entities as (type, label) and distinct relations as (from, type, to)."""
    rng = random.Random(seed)
    by_type: dict[str, list[str]] = {}
    entities = []
    for etype, share in MIX:
        labels = [f"{etype} {i:06d}" for i in range(int(n_entities * share))]
        by_type[etype] = labels
        entities += [(etype, label) for label in labels]
    relations: set[tuple[str, str, str]] = set()
    while len(relations) < n_relations:
        rtype, src, dst = rng.choice(RELATIONS)
        a, b = rng.choice(by_type[src]), rng.choice(by_type[dst])
        if a != b:
            relations.add((a, rtype, b))
    return entities, sorted(relations)


def write_seeds(folder: Path, entities, relations) -> list[Path]:
    elements, connections = folder / "bench.elements.csv", folder / "bench.connections.csv"
    with elements.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Label", "Type", "Description", "Tags"])
        w.writerows([label, etype, "", ""] for etype, label in entities)
    with connections.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["From", "To", "Type", "Role"])
        w.writerows([a, b, t, "member"] for a, t, b in relations)
    return [elements, connections]


NEO4J_PID: int | None = None  # set by --neo4j-pid


@dataclass
class Timing:
    """One contender's run: wall seconds, and CPU seconds of the Neo4j server
    (with --neo4j-pid) and of this process, all over the timed part only."""

    seconds: float = 0.0
    server_cpu: float = 0.0
    own_cpu: float = 0.0

    def start(self) -> Timing:
        self.seconds, (self.server_cpu, self.own_cpu) = time.perf_counter(), _cpu_seconds()
        return self

    def stop(self) -> Timing:
        server, own = _cpu_seconds()
        self.seconds = time.perf_counter() - self.seconds
        self.server_cpu, self.own_cpu = server - self.server_cpu, own - self.own_cpu
        return self


def _cpu_seconds() -> tuple[float, float]:
    server = 0.0
    if NEO4J_PID is not None:
        fields = Path(f"/proc/{NEO4J_PID}/stat").read_text().rsplit(")", 1)[1].split()
        server = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    own = resource.getrusage(resource.RUSAGE_SELF)
    return server, own.ru_utime + own.ru_stime


def time_import(store, files: list[Path], *, clear_after: bool = False) -> Timing:
    store.clear()
    timing = Timing().start()
    reports = import_paths(store, files, max_bytes=1 << 30)
    timing.stop()
    assert all(r.status == "imported" for r in reports), [r.errors for r in reports]
    if clear_after:
        store.clear()
    return timing


def time_bare_driver(uri: str, files: list[Path], batch: int = 10_000) -> Timing:
    """The minimal bare-driver program for the same seed files: read both CSVs,
    then one `UNWIND ... MERGE` per batch of rows, one transaction per batch."""
    with GraphDatabase.driver(uri, auth=None) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
        driver.execute_query(
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
            database_="neo4j",
        )
        timing = Timing().start()
        elements, connections = files
        with elements.open(newline="") as f:
            nodes = [{"id": r["Label"], "type": r["Type"]} for r in csv.DictReader(f)]
        rels: dict[str, list[dict]] = {}
        with connections.open(newline="") as f:
            for r in csv.DictReader(f):
                rels.setdefault(r["Type"], []).append(
                    {"src": r["From"], "dst": r["To"], "role": r["Role"]}
                )
        for i in range(0, len(nodes), batch):
            driver.execute_query(
                "UNWIND $rows AS r MERGE (e:Entity {id: r.id}) SET e.type = r.type",
                rows=nodes[i : i + batch],
                database_="neo4j",
            )
        for rtype, rows in rels.items():
            query = (
                "UNWIND $rows AS r MATCH (a:Entity {id: r.src}) MATCH (b:Entity {id: r.dst}) "
                f"MERGE (a)-[x:{rtype}]->(b) SET x.role = r.role"
            )
            for i in range(0, len(rows), batch):
                driver.execute_query(query, rows=rows[i : i + batch], database_="neo4j")
        timing.stop()
        driver.execute_query("MATCH (n) DETACH DELETE n", database_="neo4j")
    return timing


def time_bare_same_graph(uri: str, files: list[Path], batch: int = 10_000) -> Timing:
    """The bare-driver program for the same two CSVs that stores what collabgraph
    stores: typed labels, names and name keys, one `:Source` per file with a
    `MENTIONS` to each entity it names, `sources` on each relationship, and the
    same constraints and indexes. No validation, name resolution, diffing, or
    one-transaction-per-file: each batch of rows is its own transaction."""
    with GraphDatabase.driver(uri, auth=None) as driver:

        def run(query: str, **params) -> None:
            driver.execute_query(query, params, database_="neo4j")

        run("MATCH (n) DETACH DELETE n")
        for statement in cypher.SCHEMA:
            run(statement)
        timing = Timing().start()
        elements, connections = files
        ids: dict[str, str] = {}
        by_type: dict[str, list[dict]] = {}
        with elements.open(newline="") as f:
            for r in csv.DictReader(f):
                ids[r["Label"]] = f"{r['Type'].lower()}:{r['Label'].lower().replace(' ', '-')}"
                by_type.setdefault(r["Type"], []).append(
                    {"id": ids[r["Label"]], "name": r["Label"], "key": r["Label"].casefold()}
                )
        rels: dict[str, list[dict]] = {}
        with connections.open(newline="") as f:
            for r in csv.DictReader(f):
                src, dst = ids[r["From"]], ids[r["To"]]
                rels.setdefault(r["Type"], []).append(
                    {
                        "src": src,
                        "dst": dst,
                        "role": r["Role"],
                        "id": relation_id(r["Type"], src, dst, r["Role"]),
                    }
                )
        for path in files:
            run("MERGE (s:Source {id: $id}) SET s.path = $id", id=str(path))
        for label, rows in by_type.items():
            query = (
                "MATCH (s:Source {id: $source}) UNWIND $rows AS r "
                f"MERGE (e:Entity {{id: r.id}}) SET e:{label}, e.type = $type, e.name = r.name, "
                "e.aliases = [], e.keys = [r.key] CREATE (s)-[:MENTIONS]->(e)"
            )
            for i in range(0, len(rows), batch):
                run(query, rows=rows[i : i + batch], source=str(elements), type=label)
        named = sorted({i for rows in rels.values() for r in rows for i in (r["src"], r["dst"])})
        for i in range(0, len(named), batch):
            run(
                "MATCH (s:Source {id: $source}) UNWIND $ids AS id MATCH (e:Entity {id: id}) "
                "CREATE (s)-[:MENTIONS]->(e)",
                ids=named[i : i + batch],
                source=str(connections),
            )
        for rtype, rows in rels.items():
            query = (
                "UNWIND $rows AS r MATCH (a:Entity {id: r.src}) MATCH (b:Entity {id: r.dst}) "
                f"MERGE (a)-[x:{rtype} {{id: r.id}}]->(b) SET x.role = r.role,"
                " x.sources = [$source]"
            )
            for i in range(0, len(rows), batch):
                run(query, rows=rows[i : i + batch], source=str(connections))
        timing.stop()
        run("MATCH (n) DETACH DELETE n")
    return timing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=500_000)
    parser.add_argument(
        "--neo4j",
        default=os.environ.get("COLLABGRAPH_TEST_NEO4J_URI"),
        help="bolt URI of a Neo4j to write into (auth off); default $COLLABGRAPH_TEST_NEO4J_URI",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="Neo4j rounds, the order of the three contenders reversed each round; best kept",
    )
    parser.add_argument(
        "--neo4j-pid",
        type=int,
        help="process id of that Neo4j (Linux): also print each contender's CPU seconds",
    )
    args = parser.parse_args()
    global NEO4J_PID
    NEO4J_PID = args.neo4j_pid
    entities, relations = synthetic(args.entities, args.relations)
    m = len(relations)
    print(f"synthetic graph: {len(entities):,} entities, {m:,} relations")
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = write_seeds(Path(tmp), entities, relations)
        with SqliteStore(Path(tmp) / "bench.sqlite3") as sqlite:
            sqlite.ensure_schema()
            rows[SQLITE] = [time_import(sqlite, files).seconds]
        if args.neo4j:
            with Neo4jStore(args.neo4j) as neo:
                neo.ensure_schema()
                contenders = {
                    BARE: lambda: time_bare_driver(args.neo4j, files),
                    SAME: lambda: time_bare_same_graph(args.neo4j, files),
                    OURS: lambda: time_import(neo, files, clear_after=True),
                }
                order = list(contenders)
                for i in range(args.rounds):
                    for name in order if i % 2 == 0 else order[::-1]:
                        timing = contenders[name]()
                        rows.setdefault(name, []).append(timing.seconds)
                        cpu = (
                            f" (CPU: Neo4j {timing.server_cpu:.1f} s,"
                            f" Python {timing.own_cpu:.1f} s)"
                            if NEO4J_PID
                            else ""
                        )
                        print(f"  round {i + 1}: {name} {timing.seconds:.1f} s{cpu}", flush=True)
    best = {name: min(times) for name, times in rows.items()}
    median = {name: statistics.median(times) for name, times in rows.items()}
    bare, same = best.get(BARE), best.get(SAME)
    print(f"{'what (best of rounds)':34} {'seconds':>9} {'relations/s':>12} {'vs bare':>8}"
          f" {'vs same graph':>14} {'median s':>9} {'median vs bare':>15}")  # fmt: skip
    for name in (SQLITE, BARE, SAME, OURS):
        if name in best:
            seconds = best[name]
            vs_bare = f"{bare / seconds:.2f}x" if bare else "-"
            vs_same = f"{same / seconds:.2f}x" if same else "-"
            mid = f"{median[BARE] / median[name]:.2f}x" if bare else "-"
            print(f"{name:34} {seconds:9.1f} {m / seconds:12,.0f} {vs_bare:>8} {vs_same:>14}"
                  f" {median[name]:9.1f} {mid:>15}")  # fmt: skip


if __name__ == "__main__":
    main()
