"""POST /imports with a url: the server fetches the page, and never an inside address
unless COLLABGRAPH_FETCH_PRIVATE_URLS allows it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from collabgraph.api.main import create_app
from tests.api.conftest import WRITE


@pytest.fixture
def open_client(seeded_settings):
    """A client of an app allowed to fetch private addresses (the local page server)."""
    app = create_app(seeded_settings.model_copy(update={"fetch_private_urls": True}))
    with TestClient(app) as client:
        yield client


def test_a_page_by_address_imports_its_people_and_relations(open_client, pages):
    url = pages.url("/harbourside-forum.html")
    response = open_client.post("/imports", data={"url": url}, headers=WRITE)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "imported"
    found = open_client.get("/entities/Priya%20Sandhu/collaborators")
    assert found.status_code == 200
    again = open_client.post("/imports", data={"url": url}, headers=WRITE)
    assert again.json()["status"] == "unchanged"


def test_inside_addresses_are_refused_by_default(client, pages):
    for url in (
        pages.url("/harbourside-forum.html"),
        pages.url("/harbourside-forum.html").replace("127.0.0.1", "localhost"),
        "http://169.254.169.254/latest/meta-data/",
    ):
        response = client.post("/imports", data={"url": url}, headers=WRITE)
        assert response.status_code == 422, response.text
        assert "only public addresses" in response.json()["problems"][0]
    assert pages.hits == []  # the local server was never contacted


@pytest.mark.parametrize("url", ["file:///etc/passwd", "/etc/passwd", "gopher://x/"])
def test_only_http_addresses_are_taken(client, url):
    response = client.post("/imports", data={"url": url}, headers=WRITE)
    assert response.status_code == 400
    assert "http://" in response.json()["detail"]


def test_a_url_import_needs_the_key_and_exactly_one_of_file_and_url(client, pages):
    url = pages.url("/harbourside-forum.html")
    assert client.post("/imports", data={"url": url}).status_code in (401, 403)
    assert client.post("/imports", headers=WRITE).status_code == 400
    both = client.post(
        "/imports", data={"url": url}, files={"file": ("a.yaml", b"entities: []")}, headers=WRITE
    )
    assert both.status_code == 400
