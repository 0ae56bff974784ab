"""Busy, slow and damaged stores: bounded waits, named errors, reads that never wait.

Each store is held for real: SQLite by another connection's write transaction,
Neo4j by another transaction's lock on an entity.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from collabgraph.errors import StoreBusy, StoreDamaged
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store

HELD = "entities:\n  - {type: Person, name: Held Person}\n"
CHANGED = "entities:\n  - {type: Person, name: Held Person, description: changed}\n"
FREE = "entities:\n  - {type: Person, name: Free Person}\n"


def seeds(folder: Path, **files: str) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, text in files.items():
        out[name] = folder / f"{name}.yaml"
        out[name].write_text(text, encoding="utf-8")
    return out


def test_sqlite_waits_for_another_writer_within_the_bound_then_says_busy(tmp_path):
    settings = Settings(neo4j_uri=None, data_dir=tmp_path, busy_timeout=0.5, _env_file=None)
    files = seeds(tmp_path / "seeds", held=HELD, free=FREE)
    with open_store(settings) as store:
        import_paths(store, [files["held"]])
        other = sqlite3.connect(settings.sqlite_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process importing
        try:
            assert store.stats().entities == {"Person": 1}  # reads never wait (WAL)
            with pytest.raises(StoreBusy, match=r"busy with another write: waited 0\.5 s"):
                import_paths(store, [files["free"]])
        finally:
            other.execute("ROLLBACK")
            other.close()
        [report] = import_paths(store, [files["free"]])  # free again: the write goes through
        assert report.status == "imported"


def test_sqlite_writes_wait_their_turn_when_the_other_is_short(tmp_path):
    settings = Settings(neo4j_uri=None, data_dir=tmp_path, busy_timeout=10, _env_file=None)
    files = seeds(tmp_path / "seeds", free=FREE)
    with open_store(settings) as store:
        other = sqlite3.connect(settings.sqlite_path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        threading.Timer(0.3, lambda: (other.execute("ROLLBACK"), other.close())).start()
        [report] = import_paths(store, [files["free"]])
        assert report.status == "imported"


@pytest.mark.timeout(120)  # the write is ended by its 2 s timeout, not left to hang
def test_a_neo4j_write_held_past_its_timeout_refuses_that_file_only(tmp_path, monkeypatch):
    from tests.conftest import neo4j_uri, require_service

    uri = neo4j_uri()
    require_service(bool(uri), "no Neo4j server: set COLLABGRAPH_TEST_NEO4J_URI (make test)")
    monkeypatch.chdir(tmp_path)
    settings = Settings(neo4j_uri=uri, data_dir=tmp_path, write_timeout=2, _env_file=None)
    files = seeds(Path("seeds"), held=HELD)
    with open_store(settings) as store:
        store.clear()
        import_paths(store, [files["held"]])
        files = seeds(Path("seeds"), held=CHANGED, zfree=FREE)
        driver = GraphDatabase.driver(uri)
        with driver.session() as session, session.begin_transaction() as tx:
            tx.run("MATCH (e:Entity {id: 'person:held-person'}) SET e.locked = true").consume()
            reports = {r.path: r for r in import_paths(store, [Path("seeds")])}
            assert store.stats().entities == {"Person": 2}  # reads answer meanwhile
            tx.rollback()
        driver.close()
        held, free = reports["seeds/held.yaml"], reports["seeds/zfree.yaml"]
        assert held.status == "failed"
        assert "took longer than 2 s (COLLABGRAPH_WRITE_TIMEOUT)" in held.errors[0]
        assert free.status == "imported"
        assert store.entity("person:held-person").description is None  # nothing half-done


def test_an_emptied_store_file_is_named_and_never_read_as_an_empty_graph(tmp_path):
    settings = Settings(neo4j_uri=None, data_dir=tmp_path, _env_file=None)
    files = seeds(tmp_path / "seeds", held=HELD)
    with open_store(settings) as store:
        import_paths(store, [files["held"]])
    for leftover in tmp_path.glob("graph.sqlite3-*"):
        leftover.unlink()
    settings.sqlite_path.write_bytes(b"")  # truncated to 0 bytes
    with pytest.raises(StoreDamaged) as found:
        open_store(settings)
    assert str(settings.sqlite_path) in str(found.value) and "0 bytes" in str(found.value)
    assert settings.sqlite_path.stat().st_size == 0  # left as found, for the user to look at


@pytest.mark.parametrize(
    "damage",
    ["garbage", "half", "torn header"],
)
def test_a_damaged_store_file_is_named(tmp_path, damage):
    settings = Settings(neo4j_uri=None, data_dir=tmp_path, _env_file=None)
    files = seeds(tmp_path / "seeds", held=HELD, free=FREE)
    with open_store(settings) as store:
        import_paths(store, [files["held"], files["free"]])
    path = settings.sqlite_path
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a database, but it is long enough " * 200)
    elif damage == "half":
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_bytes(b"\x00" * 100 + data[100:])
    with pytest.raises(StoreDamaged) as found, open_store(settings) as store:
        store.subgraph()
    assert str(path) in str(found.value)
    assert "Restore it from a backup" in str(found.value)


def test_a_new_store_file_is_made_whole(tmp_path):
    settings = Settings(neo4j_uri=None, data_dir=tmp_path / "new", _env_file=None)
    with open_store(settings) as store:
        assert store.stats().sources == 0
    assert settings.sqlite_path.stat().st_size > 0
    assert [p.name for p in settings.data_dir.iterdir() if p.name.endswith(".new")] == []
