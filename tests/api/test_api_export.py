"""GET /export: the whole graph as JSON, GraphML or GEXF."""

from __future__ import annotations

import io

import networkx as nx
from fastapi.testclient import TestClient

from collabgraph.api.main import create_app
from tests.api.conftest import WRITE


def test_json_export_is_node_link_with_every_entity_and_relation(client):
    response = client.get("/export", headers=WRITE)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert 'filename="collabgraph.json"' in response.headers["content-disposition"]
    G = nx.node_link_graph(response.json(), edges="edges")
    counts = client.get("/health").json()["counts"]
    assert G.number_of_nodes() == sum(counts["entities"].values())
    assert G.number_of_edges() == sum(counts["relations"].values())


def test_graphml_and_gexf_read_back_in_networkx(client):
    counts = client.get("/health").json()["counts"]
    symmetric = counts["relations"].get("PARTNER_OF", 0) + counts["relations"].get(
        "COLLABORATES_WITH", 0
    )
    for fmt, read, reciprocal in (
        ("graphml", nx.read_graphml, "true"),
        ("gexf", nx.read_gexf, "false"),
    ):
        # networkx refuses GraphML mixing directed and undirected edges: ask for
        # partnerships as two opposite edges. GEXF marks them `mutual`, which it reads.
        response = client.get(
            "/export", params={"format": fmt, "reciprocal": reciprocal}, headers=WRITE
        )
        assert response.status_code == 200, fmt
        G = read(io.BytesIO(response.content))
        assert G.number_of_nodes() == sum(counts["entities"].values())
        assert G.number_of_edges() == sum(counts["relations"].values()) + symmetric
        assert G.nodes["person:henry-kippin"]["label"] == "Henry Kippin"
        plain = client.get("/export", params={"format": fmt}, headers=WRITE)
        assert b'type="mutual"' in plain.content or b'directed="false"' in plain.content


def test_an_unknown_format_is_422(client):
    assert client.get("/export", params={"format": "pdf"}, headers=WRITE).status_code == 422


def test_with_a_key_set_the_export_needs_it_like_writes(client):
    for headers in ({}, {"X-API-Key": "wrong"}):
        response = client.get("/export", headers=headers)
        assert response.status_code == 401
        body = response.json()
        assert body["error"] == "unauthorized" and "X-API-Key" in body["detail"]
        assert "evidence" not in response.text
    assert client.get("/entities/Henry%20Kippin").status_code == 200  # reads stay open


def test_the_gate_is_a_setting_and_no_key_means_open(seeded_settings):
    for settings in (
        seeded_settings.model_copy(update={"export_needs_key": False}),
        seeded_settings.model_copy(update={"api_key": None}),
    ):
        with TestClient(create_app(settings)) as client:
            assert client.get("/export").status_code == 200
