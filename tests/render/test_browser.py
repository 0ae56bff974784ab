"""Map pages in real headless Chromium, served from 127.0.0.1 with the CSP header."""

from __future__ import annotations

import pytest

from collabgraph.render import MapLinks, render_map, render_standalone

from .builders import (
    HOSTILE,
    dense_subgraph,
    hostile_subgraph,
    launch_subgraph,
    synthetic_subgraph,
)
from .conftest import (
    ARTIFACTS,
    click_node,
    drawn_ids,
    overlapping_labels,
    screen_position,
    wait_idle,
    wait_selected,
)

pytestmark = pytest.mark.browser

KIPPIN = "person:henry-kippin"


def open_map(page, page_server, name: str, html: str) -> None:
    page.goto(page_server.publish(name, html))
    wait_idle(page)


def assert_clean(page) -> None:
    """Nothing went wrong and nothing left the machine."""
    watched = page.watched
    assert watched.errors == []
    assert watched.offsite() == []
    assert page.evaluate("window.__cspViolations") == []


def drawn_node_ids(page) -> list[str]:
    return drawn_ids(page)


def edge_count(page) -> int:
    return page.evaluate("window.collabgraphMap.data.edges.length")


def test_launch_map_draws_every_node_and_stays_local(page, page_server):
    sub = launch_subgraph()
    open_map(page, page_server, "launch.html", render_map(sub, title="Launch", links=MapLinks()))
    assert sorted(drawn_node_ids(page)) == sorted(e.id for e in sub.entities)
    assert edge_count(page) == len(sub.relations)
    assert page.get_attribute("body", "data-node-count") == "12"
    assert page.locator("#type-legend li").count() == 6
    assert_clean(page)
    # Only the page itself was requested: scripts, styles and icon are inline.
    assert len(page.watched.requests) == 1


def test_clicking_a_node_opens_its_details(page, page_server):
    html = render_map(launch_subgraph(), title="Launch", links=MapLinks())
    open_map(page, page_server, "click.html", html)
    assert page.locator("#panel").is_hidden()
    click_node(page, KIPPIN)
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").text_content() == "Henry Kippin"
    assert "Chief Executive" in panel.locator(".title").text_content()
    assert "Chief Executive · works for Collaborate CIC" in panel.locator(".roles").inner_text()
    relations = panel.locator(".relations li").all_inner_texts()
    assert "works for Collaborate CIC" in relations
    assert "collaborates with Alice Evans" in relations
    evidence = panel.locator(".evidence blockquote").first
    assert "Henry Kippin and Director of Public Services" in evidence.text_content()
    assert evidence.locator("cite").text_content() == "seeds/building-collaborative-places.yaml"
    links = panel.locator(".links a")
    assert links.nth(0).get_attribute("href") == "/map/person%3Ahenry-kippin"
    assert links.nth(1).get_attribute("href") == "/entities/person%3Ahenry-kippin"
    assert page.get_attribute("body", "data-selected") == KIPPIN
    # A collaborator's name in the panel moves the selection to them.
    panel.get_by_role("button", name="Collaborate CIC").first.click()
    wait_selected(page, "organisation:collaborate-cic")
    assert "Henry Kippin · Chief Executive" in panel.locator(".roles").inner_text()
    page.screenshot(path=str(ARTIFACTS / "map-launch-panel.png"))
    assert_clean(page)


def test_search_selects_and_zooms_to_a_node(page, page_server):
    open_map(page, page_server, "search.html", render_map(launch_subgraph(), title="Launch"))
    before = page.evaluate("window.collabgraphMap.scale()")
    page.fill("#search", "cllr stretton")
    page.press("#search", "Enter")
    wait_selected(page, "person:jean-stretton")
    assert page.evaluate("window.collabgraphMap.network.getSelectedNodes()") == [
        "person:jean-stretton"
    ]
    # The zoom animates: wait until it brings the node into view, in the part of
    # the map the panel leaves uncovered (a slow machine only takes longer).
    box = page.locator("#network").bounding_box()
    panel = page.locator("#panel").bounding_box()
    page.wait_for_function(
        """([id, scale, right, height]) => {
            const m = window.collabgraphMap, spot = m.screenPosition(id);
            return m.scale() >= scale && 0 < spot.x && spot.x < right
                && 0 < spot.y && spot.y < height;
        }""",
        arg=["person:jean-stretton", max(before, 1.1) - 1e-6, panel["x"] - box["x"], box["height"]],
    )
    page.fill("#search", "nobody at all")
    page.press("#search", "Enter")
    assert "No match" in page.locator("#search-status").text_content()
    assert_clean(page)


def test_hostile_names_show_as_text_and_run_nothing(page, page_server):
    html = render_map(hostile_subgraph(), title="<script>alert('t')</script>", links=MapLinks())
    open_map(page, page_server, "hostile.html", html)
    assert page.title() == "<script>alert('t')</script>"
    page.evaluate("window.collabgraphMap.select('person:hostile')")
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").text_content() == HOSTILE
    assert panel.locator(".description").text_content() == "</script><script>alert(2)</script><!--"
    assert panel.locator("img, svg, iframe, script, b").count() == 0
    assert "<img src=y onerror=alert(7)>" in panel.locator(".roles").text_content()
    # The tooltip is plain text too.
    page.click("#panel-close")
    spot = screen_position(page, "person:hostile")  # once the zoom has settled
    for step in range(4):
        page.mouse.move(spot["x"] + step, spot["y"] + step)
        page.wait_for_timeout(100)
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert HOSTILE in tooltip.text_content()
    assert tooltip.locator("img, svg, iframe, script").count() == 0
    page.wait_for_timeout(300)
    assert page.watched.dialogs == []
    assert_clean(page)


def test_type_toggles_hide_and_show_nodes(page, page_server):
    open_map(page, page_server, "toggle.html", render_map(launch_subgraph(), title="Launch"))
    hidden = (
        "Object.values(window.collabgraphMap.network.body.nodes)"
        ".filter((n) => n.options.hidden).length"
    )
    page.uncheck('#type-legend input[data-type="Person"]')
    assert page.evaluate(hidden) == 5
    assert page.get_attribute("body", "data-hidden-types") == "Person"
    # Searching for a hidden person shows their type again.
    page.fill("#search", "Alice Evans")
    page.press("#search", "Enter")
    wait_selected(page, "person:alice-evans")
    assert page.evaluate(hidden) == 0
    assert page.is_checked('#type-legend input[data-type="Person"]')
    assert_clean(page)


def test_colour_by_community(page, page_server):
    sub = launch_subgraph()
    communities = {e.id: (0 if e.type == "Person" else 1) for e in sub.entities}
    open_map(
        page, page_server, "community.html", render_map(sub, title="t", communities=communities)
    )
    colour = (
        "window.collabgraphMap.renderer.nodes.get('organisation:collaborate-cic').color.background"
    )
    assert page.evaluate(colour) == "#E69F00"
    page.select_option("#color-by", "community")
    community = page.evaluate("window.collabgraphMap.data.communities.find((c) => c.id === 1)")
    assert community["size"] == 7
    assert page.evaluate(colour) == community["color"] != "#E69F00"
    assert page.locator("#community-legend").is_visible()
    assert page.locator("#community-legend li").count() == 2
    assert_clean(page)


def test_focus_opens_the_map_on_one_entity(page, page_server):
    html = render_map(launch_subgraph(), title="Henry Kippin", focus=KIPPIN)
    open_map(page, page_server, "focus.html", html)
    page.locator("#panel").wait_for(state="visible")
    assert page.get_attribute("body", "data-selected") == KIPPIN
    page.screenshot(path=str(ARTIFACTS / "map-focus.png"))
    assert_clean(page)


def test_static_export_opens_from_a_file(page, tmp_path):
    out = tmp_path / "export.html"
    out.write_text(render_standalone(launch_subgraph(), title="Export"), encoding="utf-8")
    page.goto(out.as_uri())
    wait_idle(page)
    assert len(drawn_node_ids(page)) == 12
    page.evaluate(f"window.collabgraphMap.select('{KIPPIN}')")
    assert page.locator("#panel .links").count() == 0
    assert [u for u in page.watched.requests if not u.startswith("file:")] == []
    assert page.watched.errors == [] and page.evaluate("window.__cspViolations") == []


def test_empty_map_says_so(page, page_server):
    from collabgraph.model.graph import Subgraph

    open_map(page, page_server, "empty.html", render_map(Subgraph(), title="Nothing"))
    assert page.locator("#map-empty").is_visible()
    assert_clean(page)


def test_five_thousand_node_map_is_drawn_in_webgl_and_stays_usable(page, page_server):
    sub = synthetic_subgraph(5000)
    html = render_map(sub, title="Whole network", note="showing 5,000 of 5,000")
    page.goto(page_server.publish("big.html", html))
    wait_idle(page, timeout=60_000)
    assert page.get_attribute("body", "data-renderer") == "sigma"
    assert page.get_attribute("body", "data-layout") == "fixed"
    assert len(drawn_node_ids(page)) == 5000
    drawn_ms = int(page.get_attribute("body", "data-drawn-ms"))
    print(f"5,000 nodes drawn {drawn_ms} ms after navigation")
    assert page.evaluate("window.collabgraphMap.labels().length") > 20
    assert overlapping_labels(page) == []
    page.screenshot(path=str(ARTIFACTS / "map-5000.png"))
    # Clicking still opens the panel, and search still finds and selects.
    biggest = page.evaluate(
        "window.collabgraphMap.data.nodes.reduce((a, b) => (b.size > a.size ? b : a))"
    )
    click_node(page, biggest["id"])
    wait_selected(page, biggest["id"])
    assert page.locator("#panel h2").text_content() == biggest["name"]
    page.fill("#search", "Person 3210")
    page.press("#search", "Enter")
    wait_selected(page, "person:person-3210")
    assert page.locator("#panel h2").text_content() == "Person 3210"
    assert_clean(page)


LABEL_COVERAGE = """() => {
    const m = window.collabgraphMap;
    const box = document.getElementById("network");
    const seen = m.data.nodes.filter((n) => {
        const p = m.screenPosition(n.id);
        return p && p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight;
    });
    return [m.labels().length, seen.length];
}"""


@pytest.mark.parametrize("renderer", ["vis", "sigma"])
def test_labels_never_overlap_at_any_zoom(page, page_server, renderer):
    html = render_map(synthetic_subgraph(600), title="Labels", renderer=renderer)
    open_map(page, page_server, f"labels-{renderer}.html", html)
    shares = []
    for factor in (1.0, 2.5, 2.5, 0.1):
        page.evaluate("(f) => window.collabgraphMap.zoom(f)", factor)
        page.wait_for_timeout(600)
        labelled, seen = page.evaluate(LABEL_COVERAGE)
        assert labelled > 0
        shares.append(labelled / seen)
        assert overlapping_labels(page) == []
        if factor == 1.0:
            page.screenshot(path=str(ARTIFACTS / f"map-labels-{renderer}.png"))
    # Zoomed in, a larger share of the nodes in view are named.
    assert shares[2] > shares[0]
    assert_clean(page)


def test_a_map_with_more_edges_than_sigma_takes_draws_them_in_one_batch(page, page_server):
    sub = dense_subgraph(3000, 25_000)
    html = render_map(sub, title="Dense")
    page.goto(page_server.publish("dense.html", html))
    wait_idle(page, timeout=60_000)
    assert page.get_attribute("body", "data-renderer") == "sigma"
    assert page.locator("#network canvas.bulk-edges").count() == 1
    assert page.evaluate("window.collabgraphMap.renderer.graph.size") == 0
    assert len(drawn_node_ids(page)) == 3000
    # The batch is really drawn: its canvas is not blank (read as it is drawn, since a
    # WebGL canvas is cleared once shown).
    lit = page.evaluate(
        """() => {
            window.collabgraphMap.renderer.redraw();
            const c = document.querySelector('#network canvas.bulk-edges');
            const copy = document.createElement('canvas');
            copy.width = c.width; copy.height = c.height;
            const ctx = copy.getContext('2d');
            ctx.drawImage(c, 0, 0);
            const px = ctx.getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
            return n;
        }"""
    )
    assert lit > 10_000
    assert overlapping_labels(page) == []
    page.screenshot(path=str(ARTIFACTS / "map-dense-25000-edges.png"))
    page.fill("#search", "Person 42")
    page.press("#search", "Enter")
    wait_selected(page, "person:p-42")
    assert page.locator('#panel h3[data-section="relations"]').count() == 1
    assert_clean(page)


def hover(page, x: float, y: float) -> None:
    """Move the mouse to (x, y) in a few small steps, as a hand would."""
    for step in range(3):
        page.mouse.move(x + step, y + step)
        page.wait_for_timeout(120)


@pytest.mark.parametrize("renderer", ["vis", "sigma"])
def test_hovering_shows_full_names_and_an_edges_role(page, page_server, renderer):
    html = render_map(launch_subgraph(), title="Launch", layout_threshold=0, renderer=renderer)
    open_map(page, page_server, f"hover-{renderer}.html", html)
    # A node: its full name, type and title.
    spot = screen_position(page, "person:henry-kippin")
    hover(page, spot["x"], spot["y"])
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert tooltip.text_content().startswith("Henry Kippin\nPerson · Chief Executive")
    # Leaving the map hides it.
    page.mouse.move(5, 5)
    tooltip.wait_for(state="hidden")
    # An edge, hovered half way along: what it says, with the role.
    a = screen_position(page, "person:jean-stretton")
    b = screen_position(page, "organisation:oldham-council")
    for t in (0.46, 0.48, 0.5):  # along the edge, so the mouse stays on it
        page.mouse.move(a["x"] + t * (b["x"] - a["x"]), a["y"] + t * (b["y"] - a["y"]))
        page.wait_for_timeout(120)
    tooltip.wait_for(state="visible")
    assert tooltip.text_content() == "Jean Stretton works for Oldham Council\nrole: Council Leader"
    assert_clean(page)
