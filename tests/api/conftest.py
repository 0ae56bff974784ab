"""The API over a real store holding the launch seed, on every backend.

`store_settings` comes from tests/conftest.py: an empty store per backend
(SQLite in tmp_path; Neo4j when COLLABGRAPH_TEST_NEO4J_URI is set), so every
API test here runs on both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from collabgraph.api.main import create_app
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store

LAUNCH_YAML = Path(__file__).resolve().parents[2] / "seeds" / "building-collaborative-places.yaml"
API_KEY = "test-key-7f3a"
WRITE = {"X-API-Key": API_KEY}
MAX_UPLOAD = 64 * 1024


@pytest.fixture
def api_key() -> str:
    """The key writes need (the `X-API-Key` header)."""
    return API_KEY


@pytest.fixture
def api_settings(store_settings: Settings) -> Settings:
    """Settings of an empty store, with an API key and a small upload limit."""
    return store_settings.model_copy(
        update={"api_key": SecretStr(API_KEY), "max_upload_bytes": MAX_UPLOAD}
    )


@pytest.fixture
def seeded_settings(api_settings: Settings) -> Settings:
    """The same store with the launch seed imported through the normal importer."""
    with open_store(api_settings) as store:
        [report] = import_paths(store, [LAUNCH_YAML], max_bytes=api_settings.max_seed_bytes)
    assert report.status == "imported", report.errors
    return api_settings


@pytest.fixture
def app(seeded_settings: Settings) -> FastAPI:
    return create_app(seeded_settings)


@pytest.fixture
def client(app: FastAPI):
    """A client of the app, lifespan run (store opened, then closed after the test)."""
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def upload(client: TestClient):
    """POST one seed file to /imports (with the API key unless `headers` says otherwise)."""

    def post(name: str, content: str | bytes, *, headers=WRITE, **params):
        files = {"file": (name, content)}
        return client.post("/imports", files=files, headers=headers, params=params)

    return post


def seed_json(entities: list[dict], relations: list[dict] = (), title: str = "test") -> str:
    """A JSON seed file, UTF-8 as written by hand (no \\u escapes)."""
    seed = {"source": {"title": title}, "entities": entities, "relations": list(relations)}
    return json.dumps(seed, ensure_ascii=False)


@pytest.fixture
def make_seed():
    """`make_seed(entities, relations=(), title=...)`: the text of a JSON seed file."""
    return seed_json
