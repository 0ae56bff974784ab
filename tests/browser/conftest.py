"""The app served by uvicorn on 127.0.0.1, over a store holding the launch seed, on every backend.

`store_settings` (tests/conftest.py) gives an empty store per backend: SQLite in
tmp_path, and the real Neo4j server when COLLABGRAPH_TEST_NEO4J_URI is set.
Chromium and the `page` that records what a page did come from
tests/browser_support.py.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import uvicorn
from fastapi.testclient import TestClient

from collabgraph.api.main import create_app
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store
from tests.browser_support import (
    ARTIFACTS,
    chromium,
    click_node,
    drawn_ids,
    overlapping_labels,
    page,
    require_chromium,
    screen_position,
    wait_idle,
    wait_selected,
)
from tests.conftest import LAUNCH_YAML

__all__ = [
    "ARTIFACTS",
    "chromium",
    "click_node",
    "drawn_ids",
    "overlapping_labels",
    "page",
    "require_chromium",
    "screen_position",
    "wait_idle",
    "wait_selected",
]

SERVER_START_SECONDS = 10


def import_seed(settings: Settings, path: Path) -> None:
    """Import one seed file through the normal importer; fail the test if it is refused."""
    with open_store(settings) as store:
        [report] = import_paths(store, [path], max_bytes=settings.max_seed_bytes)
    assert report.status == "imported", report.errors


@pytest.fixture
def seeded_settings(store_settings: Settings) -> Settings:
    """A store of the test's backend holding the launch seed."""
    import_seed(store_settings, LAUNCH_YAML)
    return store_settings


@dataclass
class Site:
    """The app at `base` (http://127.0.0.1:<port>), over the store `settings` name."""

    base: str
    settings: Settings

    def url(self, path: str) -> str:
        return self.base + path

    def get_json(self, path: str) -> dict:
        with urllib.request.urlopen(self.url(path), timeout=30) as answer:
            return json.loads(answer.read())

    def import_seed(self, path: Path) -> None:
        import_seed(self.settings, path)


def map_path(ref: str) -> str:
    """The path of an entity's map, its id, name or alias encoded as a browser would."""
    return "/map/" + quote(ref, safe="")


class LiveServer:
    """uvicorn serving an app from a thread, on a free port of 127.0.0.1."""

    def __init__(self, app) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(SERVER_START_SECONDS)
        self.socket.close()


@pytest.fixture
def site(seeded_settings: Settings) -> Iterator[Site]:
    """The whole app (API and pages) served over the seeded store."""
    with LiveServer(create_app(seeded_settings)) as server:
        yield Site(f"http://127.0.0.1:{server.port}", seeded_settings)


@pytest.fixture
def client(seeded_settings: Settings) -> Iterator[TestClient]:
    """An in-process client of the app over the seeded store (no browser)."""
    with TestClient(create_app(seeded_settings)) as test_client:
        yield test_client


@pytest.fixture
def artifact(backend: str):
    """`artifact("home")`: where to save a screenshot, one per backend."""
    ARTIFACTS.mkdir(exist_ok=True)
    return lambda name: str(ARTIFACTS / f"pages-{name}-{backend}.png")
