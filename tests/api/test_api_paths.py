"""Paths between two entities, every hop explained."""

from __future__ import annotations


def test_henry_kippin_reaches_jean_stretton_through_the_launch_event(client):
    response = client.get("/path", params={"from": "Henry Kippin", "to": "Cllr Stretton"})
    assert response.status_code == 200
    path = response.json()
    assert path["source"]["name"] == "Henry Kippin"
    assert path["target"]["name"] == "Jean Stretton"
    assert [n["name"] for n in path["nodes"]] == [
        "Henry Kippin",
        "Launch of Building Collaborative Places",
        "Jean Stretton",
    ]
    assert path["length"] == len(path["hops"]) == 2
    first, second = path["hops"]
    assert first["from"]["name"] == "Henry Kippin"
    assert second["to"]["name"] == "Jean Stretton"
    went = first["relations"][0]
    assert (went["type"], went["direction"], went["role"]) == (
        "PARTICIPATED_IN",
        "forward",
        "speaker",
    )
    assert went["evidence"] and went["sources"]
    assert went["text"].startswith("Henry Kippin PARTICIPATED_IN")
    # Jean's relation points at the event, so it is walked backwards.
    back = second["relations"][0]
    assert (back["type"], back["direction"], back["role"]) == (
        "PARTICIPATED_IN",
        "backward",
        "panellist",
    )


def test_every_hop_names_both_ends(client):
    path = client.get("/path", params={"from": "Alice Evans", "to": "Collaborate"}).json()
    for hop in path["hops"]:
        assert hop["from"]["name"] and hop["to"]["name"]
        for relation in hop["relations"]:
            assert {relation["source"], relation["target"]} == {hop["from"]["id"], hop["to"]["id"]}


def test_unconnected_entities_are_404_no_path(client):
    response = client.get("/path", params={"from": "Henry Kippin", "to": "Birmingham"})
    assert response.status_code == 404
    assert response.json()["error"] == "no_path"


def test_an_unknown_end_is_404_with_suggestions(client):
    response = client.get("/path", params={"from": "Henry Kippin", "to": "Jean Streton"})
    assert response.status_code == 404
    assert "Jean Stretton" in response.json()["suggestions"]


def test_both_ends_are_required(client):
    assert client.get("/path", params={"from": "Henry Kippin"}).status_code == 422
