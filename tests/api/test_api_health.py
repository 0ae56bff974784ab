"""Health, and what the API does while the database is away and when it comes back."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from collabgraph.api.deps import get_store
from collabgraph.api.main import create_app
from collabgraph.api.store_holder import StoreHolder
from collabgraph.errors import StoreUnavailable
from collabgraph.store import open_store


def test_health_gives_backend_and_counts(client, seeded_settings):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["backend"] == seeded_settings.backend
    assert body["counts"]["entities"]["Person"] == 8
    assert body["counts"]["sources"] == 1


class FlakyOpener:
    """Opens the real store, except while `down` (a database that is switched off)."""

    def __init__(self, down: bool = True):
        self.down = down
        self.attempts = 0

    def __call__(self, settings):
        self.attempts += 1
        if self.down:
            raise StoreUnavailable("Neo4j is unreachable: connection refused")
        return open_store(settings)


@pytest.fixture
def flaky(seeded_settings):
    """An app whose database is down at start-up, and a switch to bring it back."""
    opener = FlakyOpener()
    app = create_app(seeded_settings)
    app.state.stores = StoreHolder(seeded_settings, opener, retry_after=0)
    with TestClient(app) as client:
        yield client, opener


def test_the_api_starts_while_the_database_is_down_and_answers_503(flaky):
    client, _ = flaky
    for url in ("/health", "/entities?q=anna", "/analysis/summary", "/path?from=a&to=b"):
        response = client.get(url)
        assert response.status_code == 503, url
        assert response.headers["Retry-After"].isdigit()
        assert response.json()["error"] == "store_unavailable"


def test_the_api_recovers_by_itself_when_the_database_is_back(flaky):
    client, opener = flaky
    assert client.get("/health").status_code == 503
    opener.down = False
    assert client.get("/health").status_code == 200
    assert client.get("/entities/Cllr%20Stretton").json()["name"] == "Jean Stretton"


def test_failed_attempts_are_not_repeated_within_the_retry_delay(seeded_settings):
    now = [100.0]
    opener = FlakyOpener()
    holder = StoreHolder(seeded_settings, opener, retry_after=5, clock=lambda: now[0])
    for _ in range(3):
        with pytest.raises(StoreUnavailable):
            holder.get()
    assert opener.attempts == 1
    opener.down = False
    now[0] += 5
    assert holder.get().stats().sources == 1
    assert opener.attempts == 2
    holder.close()


def test_a_store_failing_mid_request_answers_503(app):
    class Unreachable:
        backend = "test"

        def stats(self):
            raise StoreUnavailable("Neo4j is unreachable: connection reset")

    app.dependency_overrides[get_store] = Unreachable
    with TestClient(app) as client:
        response = client.get("/health")
    assert response.status_code == 503
    assert "connection reset" in response.json()["detail"]


class OnAndOff:
    """A store whose database can be switched off; counts the calls that reach it."""

    backend = "test"

    def __init__(self):
        self.down = False
        self.calls = 0
        self.closed = False

    def stats(self):
        self.calls += 1
        if self.down:
            raise StoreUnavailable("Neo4j is unreachable: connection refused")
        return "counts"

    def close(self):
        self.closed = True


def test_during_an_outage_calls_fail_at_once_then_try_again(seeded_settings):
    now = [0.0]
    database = OnAndOff()
    holder = StoreHolder(seeded_settings, lambda _: database, retry_after=5, clock=lambda: now[0])
    store = holder.get()
    assert store.stats() == "counts"
    database.down = True
    with pytest.raises(StoreUnavailable):
        store.stats()
    with pytest.raises(StoreUnavailable):
        store.stats()
    assert database.calls == 2  # the second failed without waiting on the database
    database.down = False
    now[0] += 5
    assert store.stats() == "counts"
    database.down = True
    with pytest.raises(StoreUnavailable):
        store.stats()
    holder.close()
    assert database.closed  # even during an outage
