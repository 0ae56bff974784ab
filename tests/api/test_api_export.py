"""GET /export: the whole graph as JSON, GraphML or GEXF."""

from __future__ import annotations

import io

import networkx as nx


def test_json_export_holds_every_entity_and_relation(client):
    response = client.get("/export")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert 'filename="collabgraph.json"' in response.headers["content-disposition"]
    graph = response.json()
    counts = client.get("/health").json()["counts"]
    assert len(graph["entities"]) == sum(counts["entities"].values())
    assert len(graph["relations"]) == sum(counts["relations"].values())


def test_graphml_and_gexf_read_back_in_networkx(client):
    counts = client.get("/health").json()["counts"]
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        response = client.get("/export", params={"format": fmt})
        assert response.status_code == 200, fmt
        G = read(io.BytesIO(response.content))
        assert G.number_of_nodes() == sum(counts["entities"].values())
        assert G.nodes["person:henry-kippin"]["label"] == "Henry Kippin"


def test_an_unknown_format_is_422(client):
    assert client.get("/export", params={"format": "pdf"}).status_code == 422
