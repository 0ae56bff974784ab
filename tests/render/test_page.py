"""Map pages as HTML: self-contained, escaped, carrying their policy, legend and data."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest

from collabgraph.errors import EntityNotFound
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES
from collabgraph.render import (
    CSP,
    META_CSP,
    MapLinks,
    read_page,
    render_map,
    render_standalone,
    script_json,
)
from collabgraph.render.assets import RENDERER_SCRIPTS
from collabgraph.render.page import (
    DETAIL_LIMIT,
    VIS_EDGE_LIMIT,
    VIS_NODE_LIMIT,
    choose_renderer,
)
from collabgraph.render.palette import TYPE_STYLES

from .builders import (
    HOSTILE,
    dense_subgraph,
    hostile_subgraph,
    launch_subgraph,
    synthetic_subgraph,
)

SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)
STYLE = re.compile(r"<style([^>]*)>(.*?)</style>", re.S)


def page_data(html: str) -> dict:
    """The page's data block, nodes and edges decoded as the page's script reads them."""
    return read_page(html)


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_page_is_one_self_contained_document():
    html = render_map(launch_subgraph(), title="Launch")
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Launch</title>" in html
    # Nothing is fetched: no src or href leaves the page, no external stylesheet or script.
    for attr, value in re.findall(r'\s(src|href|action)\s*=\s*"([^"]*)"', html):
        assert not re.match(r"(?i)(https?:)?//", value), f"{attr}={value!r} loads from another host"
    assert not re.search(r"<script[^>]*\ssrc=", html)
    assert not re.search(r"<link[^>]*stylesheet", html)
    assert "cdn" not in " ".join(re.findall(r'(?:src|href)="[^"]*"', html))


@pytest.mark.parametrize("renderer", ["vis", "sigma"])
def test_every_inline_script_and_style_is_allowed_by_hash_in_the_policy(renderer):
    html = render_map(launch_subgraph(), title="Launch", renderer=renderer)
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert meta and meta.group(1) == META_CSP
    scripts = [body for attrs, body in SCRIPT.findall(html) if "application/json" not in attrs]
    styles = [body for _, body in STYLE.findall(html)]
    assert len(scripts) == len(RENDERER_SCRIPTS[renderer]) and len(styles) == 1
    script_src = re.search(r"script-src ([^;]*)", CSP).group(1).split()
    style_src = re.search(r"style-src ([^;]*)", CSP).group(1).split()
    assert {sha256_source(s) for s in scripts} <= set(script_src)
    assert {sha256_source(s) for s in styles} <= set(style_src)
    # Besides the hashes, only files from the page's own origin.
    assert {s for s in script_src + style_src if not s.startswith("'sha256-")} == {"'self'"}
    assert "'unsafe-inline'" not in CSP and "'unsafe-eval'" not in CSP
    assert "default-src 'none'" in CSP and "frame-ancestors 'none'" in CSP
    # Browsers ignore frame-ancestors in a <meta> policy and complain about it.
    assert "frame-ancestors" not in META_CSP
    # The policy does not depend on the data: one header value fits every page.
    other = render_map(synthetic_subgraph(300), title="Other")
    assert META_CSP in other


def test_hostile_strings_never_reach_the_page_as_markup():
    html = render_map(hostile_subgraph(), title="<script>alert('title')</script>", note="<b>n</b>")
    for raw in (
        HOSTILE,
        "<svg onload",
        "alert(2)</script>",
        "<b onmouseover",
        "<iframe",
        "<b>n</b>",
    ):
        assert raw not in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;n&lt;/b&gt;" in html
    # Only our own script elements exist, and the data block is not closed early.
    assert len(SCRIPT.findall(html)) == len(RENDERER_SCRIPTS["vis"]) + 1
    assert "\u2028" not in html and "\u2029" not in html
    data = page_data(html)
    person = next(n for n in data["nodes"] if n["id"] == "person:hostile")
    assert person["name"] == HOSTILE
    assert person["description"] == "</script><script>alert(2)</script><!--"
    assert person["aliases"][1] == "\u2028line\u2029separator"
    assert data["edges"][0]["role"] == "<img src=y onerror=alert(7)>"
    assert data["edges"][0]["evidence"] == [
        {"text": "<script>alert(8)</script> works at Safe & Sound", "source": "evil</script>.md"}
    ]


def test_script_json_escapes_what_could_end_or_change_a_script_block():
    text = script_json({"a": "</script><!--&\u2028\u2029>"})
    assert not set("<>&") & set(text)
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--&\u2028\u2029>"}


def test_legend_lists_each_type_drawn_with_its_count():
    html = render_map(launch_subgraph(), title="Launch")
    legend = re.search(r'<ul id="type-legend">(.*?)</ul>', html, re.S).group(1)
    counts = dict(
        re.findall(r'data-type="(\w+)" checked>.*?<span class="count">(\d+)</span>', legend)
    )
    assert counts == {
        "Person": "5",
        "Organisation": "3",
        "Event": "1",
        "Report": "1",
        "Project": "1",
        "Place": "1",
    }
    assert 'class="glyph t-Person"' in legend


def test_every_entity_type_has_its_own_colour_and_shape():
    assert set(TYPE_STYLES) == set(ENTITY_TYPES)
    assert len({s.color for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    assert len({s.shape for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)


def test_nodes_carry_the_side_panel_details_and_edges_their_evidence():
    data = page_data(render_map(launch_subgraph(), title="Launch", links=MapLinks()))
    assert data["links"] == {
        "map": "/map/{id}",
        "entity": "/entities/{id}",
        "search": "/entities?q={q}&limit=8",
        "edit": None,  # no "Correct" action unless the server says where edits go
        "review": None,
    }
    nodes = {n["id"]: n for n in data["nodes"]}
    assert len(nodes) == 12
    victor = nodes["person:victor-adebowale"]
    assert victor["title"] == "Lord" and "Lord Adebowale" in victor["aliases"]
    assert victor["sources"] == ["seeds/building-collaborative-places.yaml"]
    works = next(
        e for e in data["edges"] if e["from"] == "person:henry-kippin" and e["type"] == "WORKS_FOR"
    )
    assert works["role"] == "Chief Executive"
    assert works["directed"] is True
    assert data["relations"][0] == {"name": "WORKS_FOR", "label": "works for", "directed": True}
    assert works["evidence"][0]["source"] == "seeds/building-collaborative-places.yaml"
    collab = next(e for e in data["edges"] if e["type"] == "COLLABORATES_WITH")
    assert collab["directed"] is False


def test_static_export_has_no_server_links():
    html = render_standalone(launch_subgraph())
    assert page_data(html)["links"] is None
    assert "<title>collabgraph map</title>" in html
    assert 'id="home-link"' not in html


def test_size_follows_influence_and_falls_back_to_connections():
    sub = launch_subgraph()
    influence = {e.id: 0.01 for e in sub.entities} | {"person:anna-randle": 1.0}
    nodes = {
        n["id"]: n for n in page_data(render_map(sub, title="t", influence=influence))["nodes"]
    }
    assert nodes["person:anna-randle"]["size"] == max(n["size"] for n in nodes.values())
    assert nodes["person:henry-kippin"]["size"] < nodes["person:anna-randle"]["size"]
    by_degree = {n["id"]: n for n in page_data(render_map(sub, title="t"))["nodes"]}
    event = by_degree["event:launch-of-building-collaborative-places"]
    assert event["size"] == max(n["size"] for n in by_degree.values())
    assert "size: connections" in render_map(sub, title="t")
    assert "size: influence (PageRank)" in render_map(sub, title="t", influence=influence)


def test_communities_colour_the_map_when_asked():
    sub = launch_subgraph()
    communities = {
        e.id: (0 if e.type == "Person" else 1 if e.type == "Organisation" else 2)
        for e in sub.entities
    }
    html = render_map(sub, title="t", communities=communities, color_by="community")
    data = page_data(html)
    assert data["colorBy"] == "community"
    # Largest first: 5 people, then 4 events, reports, projects and places, then 3 organisations.
    assert [(c["id"], c["size"]) for c in data["communities"]] == [(0, 5), (2, 4), (1, 3)]
    assert data["communities"][0]["lead"] == "Alice Evans"
    assert all(c["color"] for c in data["communities"])
    assert '<option value="community" selected>' in html
    # Without communities the option is there but cannot be chosen.
    plain = render_map(sub, title="t", color_by="community")
    assert page_data(plain)["colorBy"] == "type"
    assert '<option value="community" disabled>' in plain


def test_note_is_shown_with_its_show_more_link():
    html = render_map(
        launch_subgraph(),
        title="t",
        note="showing top 500 of 5,242 by influence",
        more_url="/map?limit=1000&x=1",
    )
    assert "showing top 500 of 5,242 by influence" in html
    assert '<a href="/map?limit=1000&amp;x=1">show more</a>' in html
    assert 'id="map-note"' not in render_map(launch_subgraph(), title="t")


def test_large_maps_get_server_positions_and_no_physics():
    sub = synthetic_subgraph(400)
    fixed = render_map(sub, title="t", layout_threshold=300)
    data = page_data(fixed)
    assert data["layout"] == "fixed" and 'data-layout="fixed"' in fixed
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    physics = page_data(render_map(sub, title="t", layout_threshold=1000))
    assert physics["layout"] == "physics" and physics["settleIterations"] > 0
    small = page_data(render_map(launch_subgraph(), title="t"))
    assert small["layout"] == "physics" and "x" not in small["nodes"][0]


def test_maps_beyond_what_vis_network_draws_quickly_are_drawn_with_webgl():
    small = render_map(synthetic_subgraph(400), title="t")
    assert page_data(small)["renderer"] == "vis" and 'data-renderer="vis"' in small
    assert [b for a, b in SCRIPT.findall(small) if "json" not in a] == list(RENDERER_SCRIPTS["vis"])
    big = render_map(synthetic_subgraph(VIS_NODE_LIMIT + 100), title="t")
    data = page_data(big)
    assert data["renderer"] == "sigma" and data["layout"] == "fixed"
    assert len(data["nodes"]) == VIS_NODE_LIMIT + 100
    assert all("x" in n for n in data["nodes"])
    scripts = [b for a, b in SCRIPT.findall(big) if "json" not in a]
    assert scripts == list(RENDERER_SCRIPTS["sigma"])
    # A map of few nodes but more edges than vis-network redraws quickly goes to WebGL too.
    assert choose_renderer(500, VIS_EDGE_LIMIT + 1) == "sigma"
    assert choose_renderer(500, VIS_EDGE_LIMIT) == "vis"


def test_large_maps_carry_columns_not_the_panel_details():
    big = render_map(synthetic_subgraph(DETAIL_LIMIT + 500), title="t")
    raw = json.loads(re.search(r'id="map-data">(.*?)</script>', big, re.S).group(1))
    assert raw["details"] is False
    assert set(raw["nodes"]) >= {"id", "name", "type", "size", "x", "y", "info"}
    assert isinstance(raw["nodes"]["id"], list) and isinstance(raw["edges"]["from"][0], int)
    # Relation types and roles are stored once and referred to by index.
    assert len(raw["relations"]) <= len(RELATION_TYPES)
    assert len(raw["strings"]) == len({"Director", "Officer"})
    # A column of one repeated value is sent once.
    same = render_map(dense_subgraph(300, 900), title="t")
    raw_same = json.loads(re.search(r'id="map-data">(.*?)</script>', same, re.S).group(1))
    assert (raw_same["edges"]["type"], raw_same["edges"]["role"]) == (0, -1)
    assert raw_same["nodes"]["type"] == 0
    decoded = page_data(same)
    assert len(decoded["edges"]) == 900
    assert {e["type"] for e in decoded["edges"]} == {"COLLABORATES_WITH"}
    assert {n["type"] for n in decoded["nodes"]} == {"Person"}
    small = json.loads(
        re.search(
            r'id="map-data">(.*?)</script>', render_map(launch_subgraph(), title="t"), re.S
        ).group(1)
    )
    assert small["details"] is True


def test_body_states_counts_for_browser_tests():
    sub = launch_subgraph()
    html = render_map(sub, title="t")
    assert 'data-node-count="12"' in html and 'data-edge-count="15"' in html
    assert 'data-state="loading"' in html


def test_relations_to_entities_not_drawn_are_left_out_and_duplicates_merged():
    sub = Subgraph(
        [Entity("person:a", "Person", "A"), Entity("person:a", "Person", "A again")],
        [Relation("COLLABORATES_WITH", "person:a", "person:missing")],
    )
    data = page_data(render_map(sub, title="t"))
    assert [n["name"] for n in data["nodes"]] == ["A"]
    assert data["edges"] == []
    assert data["nodes"][0]["size"] == 10.0


def test_focus_must_be_on_the_map():
    render_map(launch_subgraph(), title="t", focus="person:henry-kippin")
    with pytest.raises(EntityNotFound):
        render_map(launch_subgraph(), title="t", focus="person:nobody")


def test_unknown_colour_mode_is_refused():
    with pytest.raises(ValueError, match="color_by"):
        render_map(launch_subgraph(), title="t", color_by="size")  # type: ignore[arg-type]


def test_empty_map_renders():
    html = render_map(Subgraph(), title="Nothing yet")
    assert page_data(html)["nodes"] == []
    assert 'data-node-count="0"' in html


def test_values_that_are_not_strings_still_render():
    import datetime

    sub = Subgraph(
        [
            Entity(
                "event:e",
                "Event",
                "E",
                date=datetime.date(2017, 2, 1),  # type: ignore[arg-type]
                properties={"capacity": 120, "tags": ["a", "b"], "none": None},
            ),
            Entity("person:p", "Person", "P"),
        ],
        [Relation("PARTICIPATED_IN", "person:p", "event:e", since=2016, confidence=float("nan"))],  # type: ignore[arg-type]
    )
    data = page_data(render_map(sub, title="t", influence={"event:e": float("nan")}))
    event = next(n for n in data["nodes"] if n["id"] == "event:e")
    assert event["date"] == "2017-02-01"
    assert event["properties"] == {"capacity": "120", "tags": "a, b"}
    assert data["edges"][0]["since"] == "2016" and "confidence" not in data["edges"][0]
