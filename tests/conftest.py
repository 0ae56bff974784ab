"""Shared fixtures: a real store per backend, and the repository's seeds.

The Neo4j backend needs a real server: `make test` starts one and exports
COLLABGRAPH_TEST_NEO4J_URI. Without it, Neo4j tests skip locally and fail in
CI (CI=true), because a skipped database test would hide a broken build.

Every test that may touch a service is marked "services" here: `make test`
(scripts/run-tests) runs those one at a time and, beside them, the rest.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from collabgraph.settings import Settings
from collabgraph.store import open_store

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
LAUNCH_YAML = SEEDS / "building-collaborative-places.yaml"
# The shared cases (../shared/cases), copied so that any checkout runs the tests.
CASES_ROOT = REPO / "tests" / "data" / "cases"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
BACKENDS = ["sqlite", "neo4j"]
pytest_plugins = ["tests.pages_server"]  # the `pages` fixture: a local server of saved pages
EXTRACT_TESTS = REPO / "tests" / "extract"
SERVICE_FIXTURES = {"store_settings", "pages"}


def pytest_collection_modifyitems(config, items) -> None:
    """Mark "services" every test but the extractor's own pure ones.

    Pure: under tests/extract and using neither a store nor the page server, so it needs
    no Neo4j server, browser or port and may run beside any other test.
    """
    for item in items:
        pure = EXTRACT_TESTS in Path(item.path).parents and not (
            SERVICE_FIXTURES & set(getattr(item, "fixturenames", ()))
        )
        if not pure:
            item.add_marker(pytest.mark.services)


def require_service(available: bool, reason: str) -> None:
    """Skip a test that needs a missing service, except in CI where that is a failure."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: a skipped service test is a failure)")
    pytest.skip(reason)


def neo4j_uri() -> str | None:
    return os.environ.get("COLLABGRAPH_TEST_NEO4J_URI")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_settings(backend: str, tmp_path: Path) -> Settings:
    """Settings pointing at an empty store of the requested backend."""
    if backend == "neo4j":
        uri = neo4j_uri()
        require_service(bool(uri), "no Neo4j server: set COLLABGRAPH_TEST_NEO4J_URI (make test)")
        settings = Settings(neo4j_uri=uri, data_dir=tmp_path, _env_file=None)
    else:
        settings = Settings(neo4j_uri=None, data_dir=tmp_path, _env_file=None)
    with open_store(settings) as store:
        store.clear()
    return settings


@pytest.fixture
def store(store_settings: Settings):
    """An empty GraphStore on each backend (SQLite file, real Neo4j server)."""
    with open_store(store_settings) as opened:
        yield opened


@pytest.fixture
def in_tmp_cwd(tmp_path: Path, monkeypatch) -> Path:
    """Run in a temporary working folder (source ids are relative to it)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
