"""Importing the write-up beside its hand-written YAML gives each entity once."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from collabgraph.importer import import_paths
from collabgraph.model.names import name_key
from collabgraph.settings import Settings
from collabgraph.store import open_store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TEXT = SEEDS / "building-collaborative-places-launch.txt"
YAML = SEEDS / "building-collaborative-places.yaml"


@pytest.mark.parametrize("order", ["yaml first", "text first"])
def test_write_up_and_yaml_make_no_duplicates(tmp_path: Path, monkeypatch, order: str):
    monkeypatch.chdir(tmp_path)
    for f in (TEXT, YAML):
        shutil.copy(f, tmp_path / f.name)
    files = [Path(YAML.name), Path(TEXT.name)]
    if order == "text first":
        files.reverse()
    settings = Settings(neo4j_uri=None, data_dir=tmp_path / "data", _env_file=None)
    with open_store(settings) as store:
        store.clear()
        for f in files:
            reports = import_paths(store, [f])
            assert all(r.ok for r in reports), [r.errors for r in reports]
        entities = store.subgraph().entities
    keys = Counter((e.type, name_key(e.name, e.type)) for e in entities)
    assert [k for k, n in keys.items() if n > 1] == []
    names = {e.name for e in entities}
    assert {"Jean Stretton", "Collaborate CIC", "Alice Evans", "Victor Adebowale"} <= names
    assert not names & {"Cllr Stretton", "Collaborate", "Alice", "Lord Adebowale"}
