"""Public datasets through the normal seed path, on every backend.

Each test writes Kumu CSV seeds with a converter from `scripts/datasets/`,
imports them with `import_paths` into the empty store `store_settings` gives
(SQLite, and Neo4j when COLLABGRAPH_TEST_NEO4J_URI is set), and asks the API
built by `create_app` the questions a user would.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType

import pytest
from fastapi.testclient import TestClient

from collabgraph.api.main import create_app
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store

REPO = Path(__file__).resolve().parents[2]
CONVERTERS = REPO / "scripts" / "datasets"


def converter(name: str) -> ModuleType:
    """The converter script `scripts/datasets/<name>.py`, imported as a module."""
    spec = importlib.util.spec_from_file_location(f"converter_{name}", CONVERTERS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def seeds(tmp_path: Path):
    """`seeds(name)`: the CSV seed files the converter `name` writes into a fresh folder."""

    def write(name: str) -> list[Path]:
        return list(converter(name).convert(tmp_path / "seeds" / name))

    return write


@pytest.fixture
def api_over(store_settings: Settings) -> Iterator:
    """`api_over(files)`: import the files with `import_paths`, then a TestClient of the API.

    Every file must import; the client runs the app's lifespan and closes at the
    end of the test.
    """
    with ExitStack() as stack:

        def make(files: list[Path]) -> TestClient:
            with open_store(store_settings) as store:
                reports = import_paths(store, files, max_bytes=store_settings.max_seed_bytes)
            assert [r.status for r in reports] == ["imported"] * len(files), [
                (r.path, r.errors) for r in reports
            ]
            return stack.enter_context(TestClient(create_app(store_settings)))

        yield make
