"""Interactive maps and the other pages: self-contained HTML, drawn with vis-network or sigma.js.

Rendering reads only the records it is given; it never touches a store.
"""

from collabgraph.render.assets import CSP, META_CSP
from collabgraph.render.layout import spring_positions
from collabgraph.render.page import (
    DEFAULT_LAYOUT_THRESHOLD,
    VIS_EDGE_LIMIT,
    VIS_NODE_LIMIT,
    MapLinks,
    choose_renderer,
    read_page,
    render_map,
    render_standalone,
    render_view,
    script_json,
)
from collabgraph.render.pages import render_api_docs, render_not_found
from collabgraph.render.payload import relation_label, select_top
from collabgraph.render.view import MapView, Tie

__all__ = [
    "CSP",
    "DEFAULT_LAYOUT_THRESHOLD",
    "META_CSP",
    "VIS_EDGE_LIMIT",
    "VIS_NODE_LIMIT",
    "MapLinks",
    "MapView",
    "Tie",
    "choose_renderer",
    "read_page",
    "relation_label",
    "render_api_docs",
    "render_map",
    "render_not_found",
    "render_standalone",
    "render_view",
    "script_json",
    "select_top",
    "spring_positions",
]
