"""Interactive maps of a subgraph: self-contained HTML pages drawn with vis-network.

Rendering reads only the records it is given; it never touches a store.
"""

from collabgraph.render.assets import CSP, META_CSP
from collabgraph.render.layout import spring_positions
from collabgraph.render.page import (
    DEFAULT_LAYOUT_THRESHOLD,
    MapLinks,
    render_map,
    render_standalone,
    script_json,
)
from collabgraph.render.payload import relation_label, select_top

__all__ = [
    "CSP",
    "DEFAULT_LAYOUT_THRESHOLD",
    "META_CSP",
    "MapLinks",
    "relation_label",
    "render_map",
    "render_standalone",
    "script_json",
    "select_top",
    "spring_positions",
]
