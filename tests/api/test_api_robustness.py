"""The API under hostile files, busy stores and odd requests, on both stores: it answers
4xx or 503 in the one error shape, never 500, and reads never wait for an import."""

from __future__ import annotations

import csv
import sqlite3
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import GraphDatabase

from collabgraph.api.main import create_app
from collabgraph.importer import import_paths
from tests.api.conftest import WRITE
from tests.conftest import REPO

HOSTILE = REPO / "tests" / "hostile"


@pytest.mark.parametrize(
    "name, line, reason",
    [
        ("billion-laughs.yaml", 6, "aliases would expand this file"),
        ("deep-nesting.json", 1, "nested more than 64 levels deep"),
        ("lone-surrogate.json", 2, "lone surrogate"),
        ("many-columns.csv", 1, "602 columns"),
        ("many-properties.yaml", 2, "600 properties"),
        ("python-object.yaml", 2, "unsupported YAML tag"),
        ("wrong-types.yaml", 8, "unsupported YAML tag !!binary"),
        ("binary.yaml", None, "binary file"),
    ],
)
def test_a_hostile_upload_is_422_with_file_and_line(client, upload, name, line, reason):
    before = client.get("/health").json()["counts"]
    response = upload(name, (HOSTILE / name).read_bytes())
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "seed_invalid" and body["file"] == name
    where = f"{name}:{line}:" if line else f"{name}:"
    assert any(p.startswith(where) and reason in p for p in body["problems"]), body["problems"]
    assert client.get("/health").json()["counts"] == before


def test_an_upload_over_the_size_limit_is_413_in_the_error_shape(upload):
    response = upload("huge-cell.csv", (HOSTILE / "huge-cell.csv").read_bytes())
    assert response.status_code == 413
    assert response.json()["error"] == "content_too_large"


@pytest.mark.parametrize(
    "url, code, error",
    [
        ("/no/such/page", 404, "not_found"),
        ("/entities?offset=9223372036854775808", 422, "invalid_request"),
        ("/entities?limit=abc", 422, "invalid_request"),
        ("/analysis/introductions?min_common=99999999999999999999", 422, "invalid_request"),
        ("/analysis/centrality?offset=9223372036854775808", 422, "invalid_request"),
        ("/map?community=99999999999999999999&format=json", 422, "invalid_request"),
        ("/entities/Henry%20Kippin/neighbourhood?depth=9", 422, "invalid_request"),
        ("/path?from=Henry%20Kippin&to=Anna&max_hops=99999999999999999999", 422, "invalid_request"),
        ("/path?from=Henry%20Kippin&to=Anna&paths=9223372036854775808", 422, "invalid_request"),
        ("/analysis/changes?from=9999-99-99&to=2023", 422, "invalid_request"),
        ("/analysis/changes?from=2019..2021..2022&to=%00", 422, "invalid_request"),
        ("/analysis/changes?from=99999999999999999999&to=2023", 422, "invalid_request"),
        ("/analysis/changes?from=2023..2019&to=2023", 422, "bad_window"),
        ("/analysis/summary?since=2022-02-30", 422, "bad_window"),
        ("/entities/Henry%20Kippin/collaborators?since=2023&until=2022", 422, "bad_window"),
    ],
)
def test_odd_requests_answer_4xx_in_the_one_error_shape(client, url, code, error):
    response = client.get(url)
    assert response.status_code == code
    body = response.json()
    assert body["error"] == error and isinstance(body["detail"], str)
    if error == "invalid_request":
        assert body["problems"]


def test_a_wrong_method_is_405_in_the_error_shape(client):
    response = client.delete("/health")
    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"


def write_big_tables(folder: Path, n: int) -> list[Path]:
    """A Kumu elements and connections table: n people, n/10 organisations, 2n relations."""
    folder.mkdir()
    elements, connections = folder / "big.elements.csv", folder / "big.connections.csv"
    with elements.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Label", "Type"])
        w.writerows([f"Person {i:06d}", "Person"] for i in range(n))
        w.writerows([f"Org {i:05d}", "Organisation"] for i in range(n // 10))
    with connections.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["From", "To", "Type"])
        for i in range(n):
            w.writerow([f"Person {i:06d}", f"Org {i % (n // 10):05d}", "WORKS_FOR"])
            w.writerow([f"Person {i:06d}", f"Org {(i * 7 + 3) % (n // 10):05d}", "MEMBER_OF"])
    return [elements, connections]


@pytest.mark.timeout(600)
def test_reads_answer_while_a_large_import_runs(app, client, tmp_path):
    files = write_big_tables(tmp_path / "big", 20_000)
    store = app.state.stores.get()
    reports: list = []
    importing = threading.Thread(target=lambda: reports.extend(import_paths(store, files)))
    importing.start()
    answers = []
    while importing.is_alive():
        answers.append(client.get("/health").status_code)
        answers.append(client.get("/entities/Henry%20Kippin").status_code)
    importing.join()
    assert [r.status for r in reports] == ["imported", "imported"]
    assert len(answers) > 4  # the reads ran during the import, not after it
    assert set(answers) == {200}
    assert client.get("/health").json()["counts"]["entities"]["Person"] >= 20_000


@pytest.mark.timeout(120)
def test_an_upload_while_the_store_is_held_answers_503_or_422_and_reads_go_on(
    backend, seeded_settings, upload_seed
):
    """SQLite held by another process's write: the upload waits its bounded turn, then
    503 with Retry-After. Neo4j with an entity locked by another transaction: the
    upload's write is ended by its timeout, and the file is refused (422)."""
    settings = seeded_settings.model_copy(update={"busy_timeout": 1.0, "write_timeout": 2.0})
    with TestClient(create_app(settings)) as client, _held(settings) as held:
        assert client.get("/health").status_code == 200  # reads go on
        response = client.post(
            "/imports",
            files={"file": ("held.yaml", upload_seed)},
            headers=WRITE,
        )
        assert client.get("/entities/Henry%20Kippin").status_code == 200
        held.release()
        if backend == "sqlite":
            assert response.status_code == 503
            assert response.headers["Retry-After"].isdigit()
            assert response.json()["error"] == "store_busy"
        else:
            assert response.status_code == 422
            assert "took longer than 2 s" in response.json()["problems"][0]
        again = client.post("/imports", files={"file": ("held.yaml", upload_seed)}, headers=WRITE)
        assert again.status_code == 200, again.text


@pytest.fixture
def upload_seed() -> bytes:
    return b"entities:\n  - {type: Person, name: Henry Kippin, description: held}\n"


class _held:
    """Another process holding the store: SQLite's write lock, or Neo4j's lock on
    Henry Kippin's node, until `release()` (or the end of the block)."""

    def __init__(self, settings):
        self.settings = settings
        self.done = False

    def __enter__(self):
        if self.settings.neo4j_uri:
            self.driver = GraphDatabase.driver(self.settings.neo4j_uri)
            self.session = self.driver.session()
            self.tx = self.session.begin_transaction()
            self.tx.run(
                "MATCH (e:Entity {id: 'person:henry-kippin'}) SET e.locked = true"
            ).consume()
        else:
            self.db = sqlite3.connect(self.settings.sqlite_path, isolation_level=None)
            self.db.execute("BEGIN IMMEDIATE")
        return self

    def release(self):
        if self.done:
            return
        self.done = True
        if self.settings.neo4j_uri:
            self.tx.rollback()
            self.session.close()
            self.driver.close()
        else:
            self.db.execute("ROLLBACK")
            self.db.close()

    def __exit__(self, *exc):
        self.release()
