"""The pages in real headless Chromium, served by uvicorn on 127.0.0.1, on every backend."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from collabgraph.cli import app as cli
from collabgraph.render import CSP

from .conftest import click_node, map_path, wait_idle

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_ORG = "</script><script>alert(2)</script>"
HOSTILE_SEED = f"""\
source:
  title: "<script>alert(3)</script>"
entities:
  - type: Person
    name: "{HOSTILE}"
    description: "<b>bold</b><script>alert(4)</script>"
  - type: Organisation
    name: "{HOSTILE_ORG}"
relations:
  - from: "{HOSTILE}"
    type: WORKS_FOR
    to: "{HOSTILE_ORG}"
    role: "<img src=y onerror=alert(5)>"
    evidence: "<svg onload=alert(6)>"
"""
LAUNCH = "Launch of Building Collaborative Places"
ON_STAGE = {"Henry Kippin", "Anna Randle", "Victor Adebowale", "Jean Stretton", "Alice Evans"}


def assert_clean(page) -> None:
    """No console error, no CSP violation, and no request left 127.0.0.1."""
    assert page.watched.errors == []
    assert page.watched.offsite() == []
    assert page.evaluate("window.__cspViolations") == []


def open_map(page, url: str):
    answer = page.goto(url)
    wait_idle(page)
    return answer


def drawn(page) -> list[str]:
    return sorted(page.evaluate("Object.keys(window.collabgraphMap.network.getPositions())"))


def map_data(page) -> tuple[dict[str, dict], list[dict]]:
    """The nodes (by id) and edges the page was given."""
    data = page.evaluate("window.collabgraphMap.data")
    return {n["id"]: n for n in data["nodes"]}, data["edges"]


def linked(nodes: dict, edges: list[dict], relation: str, *, to: str | None = None, frm=None):
    """Names at the other end of `relation` edges into `to` (or out of `frm`)."""
    if to is not None:
        return {nodes[e["from"]]["name"] for e in edges if e["type"] == relation and e["to"] == to}
    return {nodes[e["to"]]["name"] for e in edges if e["type"] == relation and e["from"] == frm}


def test_home_page_loads_cleanly_and_shows_the_graph(page, site, artifact):
    answer = page.goto(site.url("/"))
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert page.title() == "collabgraph"
    assert page.locator("script").count() == 0
    assert page.locator('#counts li[data-type="Person"] .n').text_content() == "8"
    people = page.locator('.featured [data-type="Person"] li a').all_inner_texts()
    assert len(people) == 5 and "Henry Kippin" in people
    page.screenshot(path=artifact("home"), full_page=True)
    assert_clean(page)
    assert page.watched.requests == [site.url("/")]


def test_home_search_lists_matches_and_opens_maps(page, site):
    page.goto(site.url("/"))
    page.fill("#q", "anna")
    page.press("#q", "Enter")
    page.wait_for_selector("#results")
    assert page.locator("#results li a").all_inner_texts() == ["Anna Eaton", "Anna Randle"]
    page.click("#results a:text('Anna Randle')")
    wait_idle(page)
    assert page.url == site.url("/map/person%3Aanna-randle")
    assert page.get_attribute("body", "data-selected") == "person:anna-randle"
    # A name or alias that fits one entity goes straight to its map.
    page.goto(site.url("/"))
    page.fill("#q", "Cllr Stretton")
    page.press("#q", "Enter")
    wait_idle(page)
    assert page.url == site.url("/map/person%3Ajean-stretton")
    assert page.locator("#panel h2").text_content() == "Jean Stretton"
    assert_clean(page)


def test_whole_map_draws_what_the_api_says(page, site, artifact):
    view = site.get_json("/map?format=json")
    answer = open_map(page, site.url("/map"))
    assert answer.headers["content-security-policy"] == CSP
    assert page.get_attribute("body", "data-node-count") == str(view["node_count"]) == "21"
    assert drawn(page) == sorted(view["nodes"])
    assert page.evaluate("window.collabgraphMap.edges.length") == view["edge_count"]
    assert page.locator("#map-note").text_content() == "Showing all 21 entities."
    page.screenshot(path=artifact("map"))
    assert_clean(page)

    top = site.get_json("/map?format=json&limit=5")
    open_map(page, site.url("/map?limit=5"))
    assert drawn(page) == sorted(top["nodes"])
    assert "Showing the top 5 of 21 entities by influence." in page.text_content("#map-note")
    page.click("#map-note a")
    wait_idle(page)
    assert page.url == site.url("/map?limit=10")
    assert len(drawn(page)) == 10
    assert_clean(page)


def test_entity_map_draws_the_neighbourhood_the_api_returns(page, site):
    for depth in (1, 2):
        around = site.get_json(f"/entities/Henry%20Kippin/neighbourhood?depth={depth}")
        open_map(page, site.url(f"{map_path('Henry Kippin')}?depth={depth}"))
        assert page.get_attribute("body", "data-node-count") == str(len(around["entities"]))
        assert drawn(page) == sorted(e["id"] for e in around["entities"])
        assert page.get_attribute("body", "data-selected") == "person:henry-kippin"
    assert_clean(page)


def test_clicking_a_node_shows_details_and_search_focuses_one(page, site):
    open_map(page, site.url("/map"))
    assert page.locator("#panel").is_hidden()
    click_node(page, "person:henry-kippin")
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").text_content() == "Henry Kippin"
    assert "Chief Executive · works for Collaborate CIC" in panel.locator(".roles").inner_text()
    assert panel.locator(".links a").nth(0).get_attribute("href") == "/map/person%3Ahenry-kippin"
    page.fill("#search", "cllr stretton")
    page.press("#search", "Enter")
    wait_selected(page, "person:jean-stretton")
    assert page.evaluate("window.collabgraphMap.network.getSelectedNodes()") == [
        "person:jean-stretton"
    ]
    assert panel.locator("h2").text_content() == "Jean Stretton"
    # The panel's map link opens that entity's own map, served by the API.
    panel.locator(".links a").nth(0).click()
    wait_idle(page)
    assert page.url == site.url("/map/person%3Ajean-stretton")
    assert page.get_attribute("body", "data-selected") == "person:jean-stretton"
    assert_clean(page)


def test_hostile_names_from_a_seed_file_show_as_text(page, site, tmp_path):
    seed = tmp_path / "hostile.yaml"
    seed.write_text(HOSTILE_SEED, encoding="utf-8")
    site.import_seed(seed)

    page.goto(site.url("/?q=onerror"))
    assert page.locator("#results li a").all_inner_texts() == [HOSTILE]
    assert page.locator("#results img").count() == 0

    open_map(page, site.url(map_path(HOSTILE)))
    assert page.title() == HOSTILE
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").text_content() == HOSTILE
    assert panel.locator(".description").text_content() == "<b>bold</b><script>alert(4)</script>"
    assert "<img src=y onerror=alert(5)>" in panel.locator(".roles").text_content()
    assert panel.locator("img, svg, iframe, script, b").count() == 0
    nodes, _ = map_data(page)
    assert {n["name"] for n in nodes.values()} == {HOSTILE, HOSTILE_ORG}
    page.wait_for_timeout(300)
    assert page.watched.dialogs == []
    assert_clean(page)


def test_launch_seed_maps_show_who_took_part(page, site):
    open_map(page, site.url(map_path(LAUNCH)))
    nodes, edges = map_data(page)
    event = page.get_attribute("body", "data-selected")
    assert nodes[event]["name"] == LAUNCH
    on_stage = {
        nodes[e["from"]]["name"]
        for e in edges
        if e["type"] == "PARTICIPATED_IN"
        and e["to"] == event
        and e.get("role") in {"speaker", "panellist"}
    }
    assert on_stage == ON_STAGE
    assert {nodes[i]["name"] for i in drawn(page)} >= ON_STAGE | {LAUNCH}

    open_map(page, site.url(map_path("Collaborate CIC")))
    nodes, edges = map_data(page)
    org = page.get_attribute("body", "data-selected")
    assert nodes[org]["name"] == "Collaborate CIC"
    assert linked(nodes, edges, "WORKS_FOR", to=org) == {"Henry Kippin", "Anna Randle"}

    open_map(page, site.url(map_path("Building Collaborative Places")))
    nodes, edges = map_data(page)
    report = page.get_attribute("body", "data-selected")
    assert nodes[report]["type"] == "Report"
    assert linked(nodes, edges, "PUBLISHED", to=report) == {"Collaborate CIC"}
    assert linked(nodes, edges, "FUNDED", to=report) == {"Lankelly Chase"}
    assert_clean(page)


def test_filtered_map_coloured_by_community(page, site):
    view = site.get_json("/map?format=json&type=Person&type=Organisation")
    open_map(page, site.url("/map?type=Person&type=Organisation&color_by=community"))
    assert drawn(page) == sorted(view["nodes"])
    nodes, _ = map_data(page)
    assert {n["type"] for n in nodes.values()} == {"Person", "Organisation"}
    assert page.input_value("#color-by") == "community"
    assert page.locator("#community-legend").is_visible()
    assert_clean(page)


def test_exported_html_opens_offline(page, site, tmp_path):
    out = tmp_path / "graph.html"
    env = {
        "COLLABGRAPH_DATA_DIR": str(site.settings.data_dir),
        "COLLABGRAPH_NEO4J_URI": site.settings.neo4j_uri or "",
    }
    result = CliRunner().invoke(cli, ["export", "--format", "html", str(out)], env=env)
    assert result.exit_code == 0, result.output
    whole = site.get_json("/map?format=json")
    page.goto(out.as_uri())
    wait_idle(page)
    assert drawn(page) == sorted(whole["nodes"])
    assert [u for u in page.watched.requests if not u.startswith(("file:", "data:"))] == []
    assert page.watched.errors == []
    assert page.evaluate("window.__cspViolations") == []
