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
    assert body["method"]["exact"] is True and body["sort"] == "influence"
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
    assert client.get("/analysis/centrality", params={"sort": "fame"}).status_code == 422
    assert client.get("/analysis/centrality", params={"type": "Robot"}).status_code == 422
    assert client.get("/analysis/communities", params={"resolution": 0}).status_code == 422
    assert client.get("/analysis/communities", params={"method": "magic"}).status_code == 422
    window = {"since": "2020", "until": "2019"}
    response = client.get("/analysis/summary", params=window)
    assert (response.status_code, response.json()["error"]) == (422, "bad_window")


def test_centrality_sorts_and_pages_by_any_measure(bridged):
    everything = bridged.get(
        "/analysis/centrality", params={"sort": "betweenness", "limit": 1000}
    ).json()
    values = [n["betweenness"] for n in everything["nodes"]]
    assert values == sorted(values, reverse=True)
    rows, offset = [], 0
    while offset is not None:
        params = {"sort": "betweenness", "limit": 3, "offset": offset}
        page = bridged.get("/analysis/centrality", params=params).json()
        rows += page["nodes"]
        offset = page["next_offset"]
    assert rows == everything["nodes"] and page["total"] == len(rows)
    ninth = everything["nodes"][8]
    params = {"sort": "betweenness", "offset": 8, "limit": 1}
    assert bridged.get("/analysis/centrality", params=params).json()["nodes"] == [ninth]


def test_the_home_page_shows_the_influence_ranking_of_centrality(bridged):
    people = bridged.get("/analysis/centrality", params={"limit": 5}).json()["nodes"]
    html = bridged.get("/").text
    shown = html.index("Most influential")
    positions = [html.index(n["name"], shown) for n in people]
    assert positions == sorted(positions)


def test_communities_name_their_method_and_honour_resolution(bridged):
    coarse = bridged.get("/analysis/communities").json()
    assert (coarse["method"], coarse["resolution"]) == ("leiden", 1.0)
    fine = bridged.get("/analysis/communities", params={"resolution": 6}).json()
    assert len(fine["communities"]) > len(coarse["communities"])
    louvain = bridged.get("/analysis/communities", params={"method": "louvain"}).json()
    assert louvain["method"] == "louvain" and louvain["iterations"] is None


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
    to_jean, to_henry = henry["path"]
    assert (to_jean["to"]["name"], to_henry["to"]["name"]) == ("Jean Stretton", "Henry Kippin")
    assert to_jean["contexts"][0]["via"]["name"] == "Oldham Leaders Breakfast"


def test_introductions_never_pair_people_already_tied(bridged):
    found = bridged.get("/analysis/introductions", params={"min_common": 1, "limit": 100})
    for p in found.json()["introductions"]:
        mine = bridged.get(f"/entities/{p['a']['id']}/collaborators").json()
        assert p["b"]["id"] not in {c["id"] for c in mine["collaborators"]}
        assert p["a"]["type"] == p["b"]["type"]


def test_introductions_for_an_unknown_name_is_404(client):
    response = client.get("/analysis/introductions", params={"for": "Henry Kipin"})
    assert response.status_code == 404
    assert "Henry Kippin" in response.json()["suggestions"]


def test_introductions_for_someone_outside_the_network_say_why(client):
    params = {"for": "Henry Kippin", "network": "organisations"}
    response = client.get("/analysis/introductions", params=params)
    assert response.status_code == 404
    assert response.json()["error"] == "not_in_network"
    assert response.json()["detail"] == (
        "Henry Kippin (Person) is not in the organisations network: its introductions are"
        " between Organisation entities"
    )


def test_changes_between_periods_are_ties_that_appeared_or_went(client, upload, make_seed):
    seed = make_seed(
        [{"type": "Person", "name": "Ada Okafor"}, {"type": "Person", "name": "Ben Hughes"}],
        [
            {
                "from": "Ada Okafor",
                "type": "COLLABORATES_WITH",
                "to": "Ben Hughes",
                "since": "2023",
            },
            {
                "from": "Ada Okafor",
                "type": "COLLABORATES_WITH",
                "to": "Henry Kippin",
                "until": "2021",
            },
        ],
    )
    assert upload("dated.json", seed).status_code == 200
    body = client.get("/analysis/changes", params={"from": "2020..2021", "to": "2023"}).json()
    appeared = {(t["a"]["name"], t["b"]["name"]) for t in body["ties"]["appeared"]}
    went = {(t["a"]["name"], t["b"]["name"]) for t in body["ties"]["went"]}
    assert appeared == {("Ada Okafor", "Ben Hughes")}
    assert went == {("Ada Okafor", "Henry Kippin")}
    assert body["from"]["timeless"] == body["to"]["timeless"] > 0
    assert ("Ada Okafor", "Ben Hughes") in {
        (t["a"]["name"], t["b"]["name"]) for t in body["bridges"]["appeared"]
    }
    assert client.get("/analysis/changes", params={"from": "soon", "to": "2023"}).status_code == 422


def test_every_analysis_answers_for_a_window(client):
    for path in ("summary", "centrality", "communities", "brokers", "introductions"):
        body = client.get(f"/analysis/{path}", params={"since": "2030"}).json()
        assert body["window"]["since"] == "2030", path
        assert body["window"]["timeless"] > 0, path
