"""The pages in real headless Chromium, served by uvicorn on 127.0.0.1, on every backend."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from collabgraph.api.main import create_app
from collabgraph.cli import app as cli
from collabgraph.importer import import_paths
from collabgraph.render import CSP
from collabgraph.store import open_store
from tests.conftest import SEEDS

from .conftest import (
    ARTIFACTS,
    LiveServer,
    Site,
    click_node,
    drawn_ids,
    map_path,
    overlapping_labels,
    wait_idle,
    wait_selected,
)

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
    return drawn_ids(page)


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
    assert page.evaluate("window.collabgraphMap.data.edges.length") == view["edge_count"]
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


def funder_seed(path, projects: int = 400, per_project: int = 3) -> None:
    """A funder of `projects` projects, each run by its own organisation with
    `per_project` people taking part: its map at depth 2 passes 1,500 entities."""
    lines = [
        "source:",
        "  title: A large funder's grants (made up for a test)",
        "entities:",
        "  - {type: Organisation, name: Big Funder}",
        "  - {type: Person, name: Nobody Else, description: Tied to nothing.}",
    ]
    relations = ["relations:"]
    for p in range(projects):
        lines.append(f"  - {{type: Project, name: Project {p}}}")
        lines.append(f"  - {{type: Organisation, name: Grantee {p}}}")
        relations.append(f"  - {{from: Big Funder, type: FUNDED, to: Project {p}}}")
        relations.append(f"  - {{from: Grantee {p}, type: RUNS, to: Project {p}}}")
        for k in range(per_project):
            lines.append(f"  - {{type: Person, name: Member {p}-{k}}}")
            relations.append(
                f"  - {{from: Member {p}-{k}, type: PARTICIPATED_IN, to: Project {p},"
                f" role: {'lead' if k == 0 else 'member'}}}"
            )
    path.write_text("\n".join(lines + relations) + "\n", encoding="utf-8")


def test_a_map_of_more_than_1500_entities_keeps_its_panel_and_search(page, site, tmp_path):
    seed = tmp_path / "funder.yaml"
    funder_seed(seed)
    site.import_seed(seed)
    view = site.get_json(map_path("Big Funder") + "?depth=2&format=json")
    assert view["node_count"] == 2001
    open_map(page, site.url(map_path("Big Funder") + "?depth=2"))
    assert page.get_attribute("body", "data-renderer") == "sigma"
    assert drawn(page) == sorted(view["nodes"])
    # It opens on the funder, with its panel.
    wait_selected(page, view["focus"])
    assert page.locator("#panel h2").text_content() == "Big Funder"
    assert page.locator('#panel h3[data-section="relations"]').text_content() == "Relations (400)"
    page.screenshot(path=str(ARTIFACTS / f"pages-funder-2001-{site_backend(site)}.png"))
    assert overlapping_labels(page) == []
    # Search finds a name on the map and opens its panel ...
    page.fill("#search", "Member 321-0")
    page.press("#search", "Enter")
    member = site.get_json("/entities/Member%20321-0")["id"]
    wait_selected(page, member)
    assert "lead · participated in Project 321" in page.locator("#panel .roles").inner_text()
    # ... and, for a name not on it, asks the server and offers that entity's map.
    page.fill("#search", "Nobody Else")
    page.press("#search", "Enter")
    page.wait_for_selector('body[data-search-done="Nobody Else"]', state="attached")
    link = page.locator("#search-status a.elsewhere")
    assert link.all_inner_texts() == ["Nobody Else"]
    assert link.get_attribute("href") == "/map/person%3Anobody-else"
    # Clicking a node still opens its panel.
    click_node(page, view["focus"])
    wait_selected(page, view["focus"])
    assert_clean(page)


def site_backend(site) -> str:
    return "neo4j" if site.settings.neo4j_uri else "sqlite"


@pytest.fixture
def shipped_site(store_settings):
    """The app over a store holding every seed file that ships in seeds/."""
    with open_store(store_settings) as store:
        reports = import_paths(store, [SEEDS], max_bytes=store_settings.max_seed_bytes)
    assert [r.status for r in reports] == ["imported"] * len(reports) and len(reports) >= 2
    with LiveServer(create_app(store_settings)) as server:
        yield Site(f"http://127.0.0.1:{server.port}", store_settings)


def connected(members: set[str], edges: list[dict]) -> bool:
    """Whether the drawn edges among `members` join them all into one group."""
    links = {m: set() for m in members}
    for e in edges:
        if e["from"] in members and e["to"] in members:
            links[e["from"]].add(e["to"])
            links[e["to"]].add(e["from"])
    start = next(iter(members))
    seen, todo = {start}, [start]
    while todo:
        for other in links[todo.pop()] - seen:
            seen.add(other)
            todo.append(other)
    return seen == members


def test_people_view_of_the_shipped_seeds_shows_the_launch_panel_together(page, shipped_site):
    site = shipped_site
    open_map(page, site.url("/map?view=people"))
    assert page.get_attribute("body", "data-view") == "people"
    nodes, edges = map_data(page)
    assert {n["type"] for n in nodes.values()} == {"Person"}
    by_name = {n["name"]: i for i, n in nodes.items()}
    assert set(by_name) >= ON_STAGE
    panel = {by_name[name] for name in ON_STAGE}
    assert connected(panel, edges)
    # Each tie says what is shared: the launch event, for the panel.
    launch = site.get_json(f"/entities/{LAUNCH.replace(' ', '%20')}")["id"]
    tie = next(e for e in edges if e["from"] in panel and e["to"] in panel)
    assert launch in {c["id"] for c in tie["via"]}
    assert overlapping_labels(page) == []
    labelled = {label["text"] for label in page.evaluate("window.collabgraphMap.labels()")}
    assert labelled >= ON_STAGE
    page.screenshot(path=str(ARTIFACTS / f"pages-people-{site_backend(site)}.png"))
    # The panel lists a person's collaborators with what they share.
    page.fill("#search", "Jean Stretton")
    page.press("#search", "Enter")
    wait_selected(page, by_name["Jean Stretton"])
    heading = page.locator('#panel h3[data-section="collaborators"]').text_content()
    assert heading.startswith("Collaborators (")
    items = page.locator("#panel ul.collaborators > li").all_inner_texts()
    henry = next(t for t in items if t.startswith("Henry Kippin"))
    assert LAUNCH in henry and "panellist" in henry
    page.screenshot(path=str(ARTIFACTS / f"pages-people-panel-{site_backend(site)}.png"))
    assert_clean(page)


def test_the_view_toggle_switches_a_map_between_people_and_everything(page, site):
    open_map(page, site.url(map_path("Henry Kippin")))
    assert page.get_attribute("body", "data-view") == "entities"
    everything = set(drawn(page))
    page.click('#view-toggle a[data-view="people"]')
    wait_idle(page)
    assert page.url == site.url("/map/Henry%20Kippin?view=people")
    assert page.get_attribute("body", "data-view") == "people"
    people = drawn(page)
    assert people and all(i.startswith("person:") for i in people)
    assert set(people) != everything & set(people) or len(people) > 1
    assert page.get_attribute("body", "data-selected") == "person:henry-kippin"
    page.screenshot(path=str(ARTIFACTS / f"pages-toggle-people-{site_backend(site)}.png"))
    page.click('#view-toggle a[data-view="entities"]')
    wait_idle(page)
    assert page.url == site.url("/map/Henry%20Kippin")
    assert set(drawn(page)) == everything
    assert_clean(page)


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_api_docs_render_offline(page, site, path):
    answer = page.goto(site.url(path))
    assert answer.headers["content-security-policy"] == CSP
    if path == "/docs":
        page.wait_for_selector(".swagger-ui .information-container .title", timeout=30_000)
        assert "collabgraph" in page.text_content(".swagger-ui .information-container .title")
        page.wait_for_selector(".opblock-summary-path", timeout=30_000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert any("/map" in p for p in paths)
    else:
        page.wait_for_selector("h1", timeout=30_000)
        assert "collabgraph" in page.text_content("h1")
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"pages-{path.strip('/')}-{site_backend(site)}.png"))
    assert_clean(page)
