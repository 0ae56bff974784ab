"""The pages' HTTP side, without a browser: headers, counts against the API, filters, errors."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from collabgraph.api.main import create_app
from collabgraph.cli import app as cli
from collabgraph.render import CSP, read_page
from collabgraph.render.home import HOME_CSP

from .conftest import map_path

LAUNCH = "Launch of Building Collaborative Places"
WORKS_FOR = {
    "Henry Kippin",
    "Anna Randle",
    "Jean Stretton",
    "Alice Evans",
    "Collaborate CIC",
    "Oldham Council",
    "Lankelly Chase",
}


def page_count(html: str, name: str) -> int:
    return int(re.search(rf'data-{name}-count="(\d+)"', html).group(1))


def names_of(client: TestClient, ids: list[str]) -> set[str]:
    return {client.get(f"/entities/{i}").json()["name"] for i in ids}


def test_pages_are_html_with_their_policy(client):
    home = client.get("/")
    assert home.status_code == 200
    assert home.headers["content-type"] == "text/html; charset=utf-8"
    assert home.headers["content-security-policy"] == HOME_CSP
    for path in ("/map", map_path("Henry Kippin")):
        page = client.get(path)
        assert page.status_code == 200
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        assert page.headers["content-security-policy"] == CSP
        assert page.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "ref", ["Henry Kippin", "Cllr Stretton", "Collaborate CIC", LAUNCH, "person:alice-evans"]
)
def test_entity_map_draws_what_the_neighbourhood_endpoint_returns(client, ref):
    for depth in (1, 2, 3):
        around = client.get(f"/entities/{ref}/neighbourhood", params={"depth": depth}).json()
        view = client.get(map_path(ref), params={"depth": depth, "format": "json"}).json()
        assert sorted(view["nodes"]) == sorted(e["id"] for e in around["entities"])
        assert view["node_count"] == len(around["entities"])
        assert view["edge_count"] == len(around["relations"])
        assert view["focus"] == around["centre"]["id"]
        html = client.get(map_path(ref), params={"depth": depth}).text
        assert page_count(html, "node") == view["node_count"]
        assert page_count(html, "edge") == view["edge_count"]


def test_whole_map_shows_the_most_influential_first(client):
    everything = client.get("/map", params={"format": "json"}).json()
    assert everything["node_count"] == everything["total"] == 21
    assert "Showing all 21 entities." in client.get("/map").text

    top = client.get("/map", params={"format": "json", "limit": 5}).json()
    ranked = client.get("/analysis/centrality", params={"network": "entities", "limit": 5}).json()
    assert top["nodes"] == [n["id"] for n in ranked["nodes"]]
    assert (top["node_count"], top["total"]) == (5, 21)
    html = client.get("/map", params={"limit": 5, "color_by": "community"}).text
    assert page_count(html, "node") == 5
    assert page_count(html, "edge") == top["edge_count"]
    assert "Showing the top 5 of 21 entities by influence." in html
    assert '<a href="/map?color_by=community&amp;limit=10">show more</a>' in html


def test_filters_keep_types_relations_dates_and_communities(client):
    def view(path="/map", **params):
        return client.get(path, params={**params, "format": "json"}).json()

    alone = client.get("/map", params={"type": "Person"}).text
    assert "For who works with whom, see the people view." in alone
    people = view(type=["Person", "Organisation"])
    assert people["nodes"] and all(
        i.split(":")[0] in {"person", "organisation"} for i in people["nodes"]
    )
    assert people["total"] == 13

    works = view(relation="WORKS_FOR")
    assert names_of(client, works["nodes"]) == WORKS_FOR
    assert works["edge_count"] == 4

    launch_id = client.get(f"/entities/{LAUNCH}").json()["id"]
    assert launch_id in view(since="2017", until="2017-02")["nodes"]
    assert launch_id not in view(since="2018")["nodes"]
    assert launch_id not in view(until="2016-12")["nodes"]

    groups = client.get("/analysis/communities", params={"network": "entities"}).json()
    first = groups["communities"][0]
    assert sorted(view(community=0)["nodes"]) == sorted(first["members"])

    staff = view(map_path("Collaborate CIC"), relation="WORKS_FOR")
    assert names_of(client, staff["nodes"]) == {"Collaborate CIC", "Henry Kippin", "Anna Randle"}
    assert staff["focus"] == client.get("/entities/Collaborate CIC").json()["id"]
    # A filter that leaves the entity itself out still draws the rest, opened on nothing.
    others = view(map_path("Collaborate CIC"), type="Person")
    assert names_of(client, others["nodes"]) == {"Henry Kippin", "Anna Randle"}
    assert others["focus"] is None


BAD = [
    "/map?type=Planet",
    "/map?relation=LIKES",
    "/map?since=2017-2",
    "/map?until=yesterday",
    "/map?since=2018&until=2017",
    "/map?limit=0",
    "/map?limit=50001",
    "/map?view=everyone",
    "/map?community=-1",
    "/map?color_by=mood",
    "/map?format=xml",
    "/map/Henry%20Kippin?depth=0",
    "/map/Henry%20Kippin?depth=4",
]


def test_bad_parameters_are_422(client):
    assert {path: client.get(path).status_code for path in BAD} == dict.fromkeys(BAD, 422)


def test_unknown_entity_is_a_404_page_with_the_closest_names(client):
    answer = client.get(map_path("Henry Kipin"), params={"view": "people"})
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert answer.headers["content-security-policy"] == CSP
    assert "No entity called “Henry Kipin”" in answer.text
    # Each suggestion opens that name's map, in the view asked for.
    assert '<a href="/map/Henry%20Kippin?view=people">Henry Kippin</a>' in answer.text
    # A client asking for JSON still gets the error body.
    as_json = client.get(map_path("Henry Kipin"), params={"format": "json"})
    assert as_json.status_code == 404
    assert as_json.json()["error"] == "entity_not_found"
    assert "Henry Kippin" in as_json.json()["suggestions"]


def test_home_search_opens_one_map_or_lists_matches(client):
    found = client.get("/", params={"q": "Cllr Stretton"}, follow_redirects=False)
    assert found.status_code == 303
    assert found.headers["location"] == "/map/person%3Ajean-stretton"

    listed = client.get("/", params={"q": "anna"}).text
    assert '<a href="/map/person%3Aanna-randle">Anna Randle</a>' in listed
    assert '<a href="/map/person%3Aanna-eaton">Anna Eaton</a>' in listed
    assert "2 matches for “anna”" in listed

    missed = client.get("/", params={"q": "Henry Kipin"}).text
    assert "No entity matches “Henry Kipin”." in missed
    assert '<a href="/?q=Henry+Kippin">Henry Kippin</a>' in missed


def test_home_counts_what_the_store_holds(client):
    html = client.get("/").text
    summary = client.get("/analysis/summary").json()
    counts = re.findall(r'<li data-type="(\w+)">.*?<span class="n">(\d+)</span>', html)
    assert {t: int(n) for t, n in counts} == summary["entity_types"]
    assert summary["entity_types"]["Person"] == 8
    assert "21 entities and 21 relations from 1 source file." in html
    # The most influential of each kind link to their maps.
    assert '<a href="/map/person%3Ahenry-kippin">Henry Kippin</a>' in html
    assert '<a id="whole-map" class="main" href="/map">' in html
    assert '<a id="people-map" class="main" href="/map?view=people">' in html


def test_pages_of_an_empty_store(store_settings):
    with TestClient(create_app(store_settings)) as client:
        assert "The graph is empty." in client.get("/").text
        whole = client.get("/map", params={"format": "json"}).json()
        assert (whole["node_count"], whole["total"]) == (0, 0)
        assert "Showing all 0 entities." in client.get("/map").text


def test_map_pages_link_home_and_travel_compressed(client):
    page = client.get("/map", headers={"Accept-Encoding": "gzip"})
    assert page.headers["content-encoding"] == "gzip"
    assert 'id="home-link"' in page.text and 'href="/"' in page.text
    assert 'id="home-link"' in client.get(map_path("Henry Kippin")).text


def test_people_view_joins_people_who_share_a_context(client):
    people = client.get("/map", params={"view": "people", "format": "json"}).json()
    assert people["view"] == "people"
    ids = set(people["nodes"])
    assert {i.split(":")[0] for i in ids} == {"person"}
    assert names_of(client, list(ids)) >= {"Henry Kippin", "Jean Stretton", "Alice Evans"}
    ties = {frozenset(e[:2]) for e in people["edges"]}
    assert all(e[2] == "TIE" for e in people["edges"])
    # Everyone on the launch panel shares the launch event with everyone else on it.
    panel = [client.get(f"/entities/{n}").json()["id"] for n in ("Henry Kippin", "Jean Stretton")]
    assert frozenset(panel) in ties
    html = client.get("/map", params={"view": "people"}).text
    assert page_count(html, "edge") == people["edge_count"] == len(ties)
    assert 'data-view="people"' in html


def test_every_map_offers_the_other_views(client):
    html = client.get(map_path("Henry Kippin"), params={"depth": 2}).text
    toggle = re.search(r'<nav id="view-toggle".*?</nav>', html, re.S).group(0)
    assert '<span class="on" aria-current="page" data-view="entities">Everything</span>' in toggle
    assert 'href="/map/Henry%20Kippin?depth=2&amp;view=people"' in toggle
    assert 'href="/map/Henry%20Kippin?depth=2&amp;view=organisations"' in toggle
    people = client.get("/map", params={"view": "people", "community": 0}).text
    # Community numbers belong to one view's network, so switching view drops them.
    assert 'href="/map"' in re.search(r'<nav id="view-toggle".*?</nav>', people, re.S).group(0)


def test_a_persons_people_map_shows_who_they_work_with(client):
    view = client.get(map_path("Henry Kippin"), params={"view": "people", "format": "json"}).json()
    assert view["focus"] == "person:henry-kippin"
    collaborators = client.get("/entities/Henry Kippin/collaborators").json()["collaborators"]
    people = {c["id"] for c in collaborators if c["type"] == "Person"}
    assert set(view["nodes"]) == people | {"person:henry-kippin"}
    # An organisation's people map: the people linked to it and the ties among them.
    staff = client.get(
        map_path("Collaborate CIC"), params={"view": "people", "format": "json"}
    ).json()
    assert names_of(client, staff["nodes"]) == {"Henry Kippin", "Anna Randle"}
    assert staff["focus"] is None and staff["edge_count"] == 1


EXPORTS = [
    ([], "/map", {}),
    (["--view", "people"], "/map", {"view": "people"}),
    (["--view", "organisations"], "/map", {"view": "organisations"}),
    (["--limit", "5", "--color-by", "community"], "/map", {"limit": 5, "color_by": "community"}),
    (["--type", "Person", "--type", "Event"], "/map", {"type": ["Person", "Event"]}),
    (["--around", "Henry Kippin", "--depth", "2"], map_path("Henry Kippin"), {"depth": 2}),
    (["--around", "Collaborate CIC", "--view", "people"], map_path("Collaborate CIC"),
     {"view": "people"}),
]  # fmt: skip


@pytest.mark.parametrize(("options", "path", "params"), EXPORTS)
def test_exported_html_draws_what_the_map_page_draws(client, tmp_path, options, path, params):
    out = tmp_path / "map.html"
    settings = client.app.state.settings
    env = {
        "COLLABGRAPH_DATA_DIR": str(settings.data_dir),
        "COLLABGRAPH_NEO4J_URI": settings.neo4j_uri or "",
    }
    result = CliRunner().invoke(cli, ["export", "--format", "html", *options, str(out)], env=env)
    assert result.exit_code == 0, result.output
    exported = read_page(out.read_text(encoding="utf-8"))
    served = read_page(client.get(path, params=params).text)
    assert exported["nodes"] and [n["id"] for n in exported["nodes"]] == [
        n["id"] for n in served["nodes"]
    ]
    assert [(e["from"], e["to"], e["type"]) for e in exported["edges"]] == [
        (e["from"], e["to"], e["type"]) for e in served["edges"]
    ]
    assert exported["view"] == served["view"] and exported["colorBy"] == served["colorBy"]
    # The file has no server behind it: no links, no search beyond what it draws.
    assert exported["links"] is None and served["links"] is not None


def test_export_refuses_a_bad_map_request(client):
    env = {"COLLABGRAPH_DATA_DIR": str(client.app.state.settings.data_dir)}
    bad = CliRunner().invoke(cli, ["export", "-f", "html", "--view", "everyone", "x.html"], env=env)
    assert bad.exit_code == 2 and "unknown view 'everyone'" in bad.output
