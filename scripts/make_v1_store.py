"""Build the version 1 store fixtures in tests/data/v1_store/ with an older collabgraph.

Run with the collabgraph of commit e9ec662 (before relation identity) on the
import path, from this folder's parent; it imports `seeds/`, merges two people
by hand, and writes what the store holds:

    PYTHONPATH=/path/to/old/src python scripts/make_v1_store.py bolt://127.0.0.1:7687

- `graph.sql`: the SQLite file, as `sqlite3`'s dump (text, so it can be read);
- `neo4j.json`: every node and relationship of the Neo4j database (which is
  cleared first and after: use a server of its own).

tests/store/test_migration.py loads both and opens them with today's code.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from neo4j import GraphDatabase

from collabgraph.importer import import_paths
from collabgraph.store.neo4j import Neo4jStore
from collabgraph.store.sqlite import SqliteStore

HERE = Path(__file__).resolve().parents[1] / "tests" / "data" / "v1_store"


def build(store) -> None:
    store.ensure_schema()
    store.clear()
    os.chdir(HERE)
    reports = import_paths(store, [Path("seeds")])
    assert all(r.status == "imported" for r in reports), [r.errors for r in reports]
    store.merge("person:alice-evans", "person:mel-parks")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "graph.sqlite3")
        build(store)
        store.close()
        db = sqlite3.connect(Path(tmp) / "graph.sqlite3")
        (HERE / "graph.sql").write_text("\n".join(db.iterdump()) + "\n", encoding="utf-8")
    uri = sys.argv[1]
    with Neo4jStore(uri) as neo:
        build(neo)
    with GraphDatabase.driver(uri) as driver:
        nodes, _, _ = driver.execute_query(
            "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props"
        )
        rels, _, _ = driver.execute_query(
            "MATCH (a)-[x]->(b) RETURN elementId(a) AS a, type(x) AS type,"
            " properties(x) AS props, elementId(b) AS b"
        )
        dump = {
            "nodes": [_without_version(dict(r)) for r in nodes],
            "relationships": [dict(r) for r in rels],
        }
        (HERE / "neo4j.json").write_text(json.dumps(dump, indent=1, sort_keys=True) + "\n")
        driver.execute_query("MATCH (n) DETACH DELETE n")


def _without_version(node: dict) -> dict:
    """Revision bookkeeping a later version may have left on a reused server."""
    for key in ("schema_version", "changed_at"):
        node["props"].pop(key, None)
    return node


if __name__ == "__main__":
    main()
