"""Analysis of the whole graph: summary, centrality, communities, brokers, introductions."""

from __future__ import annotations

import pytest

# A second cluster joined to the launch panel only through Jean Stretton.
BREAKFAST = [
    {"type": "Event", "name": "Oldham Leaders Breakfast"},
    {"type": "Person", "name": "Ada Okafor"},
    {"type": "Person", "name": "Ben Hughes"},
    {"type": "Person", "name": "Cara Doyle"},
]
AT_BREAKFAST = [
    {"from": who, "type": "PARTICIPATED_IN", "to": "Oldham Leaders Breakfast"}
    for who in ("Ada Okafor", "Ben Hughes", "Cara Doyle", "Jean Stretton")
]


@pytest.fixture
def bridged(client, upload, make_seed):
    response = upload("breakfast.json", make_seed(BREAKFAST, AT_BREAKFAST))
    assert response.status_code == 200, response.text
    return client


def test_summary_counts_what_the_store_holds(client):
    summary = client.get("/analysis/summary").json()
    counts = client.get("/health").json()["counts"]
    assert summary["entity_types"] == counts["entities"]
    assert summary["relation_types"] == counts["relations"]
    assert summary["entities"] == sum(counts["entities"].values())
    assert summary["collaboration"]["nodes"] == counts["entities"]["Person"]


def test_analysis_follows_imports(client, upload, make_seed):
    before = client.get("/analysis/summary").json()
    upload("breakfast.json", make_seed(BREAKFAST, AT_BREAKFAST))
    after = client.get("/analysis/summary").json()
    assert after["entities"] == before["entities"] + 4
    assert after["relations"] == before["relations"] + 4
    people = client.get("/analysis/centrality", params={"limit": 100}).json()["nodes"]
    assert "Ada Okafor" in {n["name"] for n in people}


def test_centrality_ranks_by_influence(client):
    body = client.get("/analysis/centrality", params={"limit": 3}).json()
    assert body["network"] == "people"
    assert body["betweenness"]["exact"] is True
    nodes = body["nodes"]
    assert len(nodes) == 3
    assert nodes[0]["influence"] == 1.0
    assert [n["influence"] for n in nodes] == sorted((n["influence"] for n in nodes), reverse=True)
    assert {n["type"] for n in nodes} == {"Person"}


def test_centrality_of_the_entity_graph_puts_the_launch_event_first(client):
    body = client.get("/analysis/centrality", params={"network": "entities", "limit": 1}).json()
    assert body["nodes"][0]["name"] == "Launch of Building Collaborative Places"


def test_unknown_networks_and_limits_are_422(client):
    assert client.get("/analysis/centrality", params={"network": "cats"}).status_code == 422
    assert client.get("/analysis/centrality", params={"limit": 0}).status_code == 422
    assert client.get("/analysis/communities", params={"resolution": 0}).status_code == 422


def test_every_person_is_in_one_community(bridged):
    body = bridged.get("/analysis/communities").json()
    members = [m for c in body["communities"] for m in c["members"]]
    people = bridged.get("/entities", params={"type": "Person", "limit": 100}).json()["items"]
    assert sorted(members) == sorted(p["id"] for p in people)
    sizes = [c["size"] for c in body["communities"]]
    assert sizes == sorted(sizes, reverse=True)


def test_the_person_at_both_tables_is_the_top_broker(bridged):
    body = bridged.get("/analysis/brokers").json()
    assert body["brokers"][0]["name"] == "Jean Stretton"
    assert len(body["brokers"][0]["communities"]) >= 2


def test_introductions_suggest_people_who_share_collaborators(bridged):
    params = {"for": "Ada Okafor", "min_common": 1}
    body = bridged.get("/analysis/introductions", params=params).json()
    pairs = body["introductions"]
    assert pairs and all(p["a"]["name"] == "Ada Okafor" for p in pairs)
    henry = next(p for p in pairs if p["b"]["name"] == "Henry Kippin")
    assert [c["name"] for c in henry["common"]] == ["Jean Stretton"]
    assert "Jean Stretton" in henry["reason"]


def test_introductions_for_an_unknown_name_is_404(client):
    response = client.get("/analysis/introductions", params={"for": "Henry Kipin"})
    assert response.status_code == 404
    assert "Henry Kippin" in response.json()["suggestions"]
