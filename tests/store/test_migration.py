"""A store made by the version before relation identity opens and keeps working, on both backends.

tests/data/v1_store/ holds what that version wrote after importing its
`seeds/` and merging two people (scripts/make_v1_store.py says how it was
made): an SQLite dump and every node and relationship of a Neo4j database.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from collabgraph.importer import import_paths
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES
from collabgraph.settings import Settings
from collabgraph.store import open_store
from tests.conftest import neo4j_uri

V1 = Path(__file__).resolve().parents[1] / "data" / "v1_store"
LABELS = {"Entity", "Source", "Merged", "GraphRevision", *ENTITY_TYPES}
TYPES = {"MENTIONS", *RELATION_TYPES}


def load_neo4j(uri: str) -> None:
    """Write the version 1 database back: nodes by their labels, relationships by type."""
    dump = json.loads((V1 / "neo4j.json").read_text())
    with GraphDatabase.driver(uri) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
        by_labels: dict[tuple[str, ...], list] = {}
        for node in dump["nodes"]:
            labels = tuple(sorted(node["labels"]))
            assert set(labels) <= LABELS
            by_labels.setdefault(labels, []).append({"key": node["id"], "props": node["props"]})
        for labels, rows in by_labels.items():
            driver.execute_query(
                f"UNWIND $rows AS r CREATE (n:{':'.join(labels)}) SET n = r.props, n._key = r.key",
                rows=rows,
            )
        for rtype in {r["type"] for r in dump["relationships"]}:
            assert rtype in TYPES
            rows = [r for r in dump["relationships"] if r["type"] == rtype]
            driver.execute_query(
                "UNWIND $rows AS r MATCH (a {_key: r.a}), (b {_key: r.b})"
                f" CREATE (a)-[x:{rtype}]->(b) SET x = r.props",
                rows=rows,
            )
        driver.execute_query("MATCH (n) REMOVE n._key")


@pytest.fixture
def v1_settings(backend, store_settings: Settings, tmp_path: Path, monkeypatch) -> Settings:
    """Settings of a store as version 1 left it, run from a copy of its seeds' folder."""
    work = tmp_path / "work"
    shutil.copytree(V1 / "seeds", work / "seeds")
    monkeypatch.chdir(work)
    if backend == "neo4j":
        load_neo4j(neo4j_uri())  # type: ignore[arg-type]
    else:
        store_settings.sqlite_path.unlink(missing_ok=True)
        db = sqlite3.connect(store_settings.sqlite_path)
        db.executescript((V1 / "graph.sql").read_text(encoding="utf-8"))
        db.close()
    return store_settings


def test_a_version_1_store_opens_with_what_it_held(v1_settings):
    with open_store(v1_settings) as store:
        stats = store.stats()
        assert stats.entities == {
            "Person": 9, "Organisation": 6, "Event": 2, "Report": 1, "Project": 1, "Place": 4
        }  # fmt: skip
        assert stats.sources == 3
        rels = store.subgraph().relations
        assert all(r.id and r.id.startswith(r.type.lower() + ":") for r in rels)
        assert len({r.id for r in rels}) == len(rels)
        maud = store.relations_of("person:maud-petrakis")
        works = next(r for r in maud if r.type == "WORKS_FOR")
        assert works.date == "2016-12-01"  # version 1 kept "01/12/2016" as text
        ollie = next(r for r in store.relations_of("person:ollie-brandt"))
        assert ollie.confidence == 0.5
        fvfp = store.entity("organisation:fenwick-valley-food-partnership")
        assert fvfp.properties == {"website": "https://example.org/fvfp"}
        assert fvfp.description == "Food network"
        assert store.entity("person:mel-parks").id == "person:alice-evans"  # the merge holds
        assert store.entity("organisation:collaborate").description.startswith("A community")
        revision = store.revision()
        store.ensure_schema()  # a second time: nothing left to migrate, nothing changes
        assert store.revision() == revision


def test_a_version_1_store_reimports_unchanged_and_takes_changes(v1_settings):
    with open_store(v1_settings) as store:
        before = store.stats().to_dict()
        reports = import_paths(store, [Path("seeds")])
        assert {r.status for r in reports} == {"unchanged"}, [r.errors for r in reports]
        assert store.stats().to_dict() == before
        table = Path("seeds/network.connections.csv")
        table.write_text(
            table.read_text() + "Maud Petrakis,Fenwick Valley Food Partnership,WORKS_FOR,"
            "Director,2020,\n"
        )
        [report] = import_paths(store, [table])
        assert report.status == "imported", report.errors
        assert (report.relations.added, report.relations.removed) == (1, 0)
        posts = [r for r in store.relations_of("person:maud-petrakis") if r.type == "WORKS_FOR"]
        assert sorted(r.role for r in posts) == ["Coordinator", "Director"]
        store.remove_source("source:seeds/network.elements.csv")
        assert store.entity("organisation:fenwick-valley-food-partnership").properties == {}
