"""Map pages: a subgraph in, one self-contained HTML page out.

The page is built from our own Jinja template rather than pyvis's, whose
template pulls Bootstrap and vis-network from CDNs; and the nodes and edges
are plain vis-network items rather than a `pyvis.network.Network`, whose
`add_edge` scans every node and edge already added (seconds at 5,000 nodes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from collabgraph.errors import EntityNotFound
from collabgraph.model.graph import Subgraph
from collabgraph.render.assets import META_CSP, SCRIPTS, STYLES
from collabgraph.render.payload import map_payload

DEFAULT_LAYOUT_THRESHOLD = 1500
SEED_LAYOUT_ABOVE = 150
"""Physics maps larger than this start from server positions (vis-network's own
initial layout is slow past here) and only settle them for a bounded time."""
PHYSICS_BUDGET = 40_000
"""Node-iterations of browser physics a map may spend settling (about 1 s here)."""
MAX_SETTLE_ITERATIONS = 400

_env = Environment(
    loader=PackageLoader("collabgraph.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class MapLinks:
    """URL patterns the side panel links to; `{id}` becomes the URL-encoded entity id.

    Set a pattern to None to leave that link out (a static export has no server).
    """

    map: str | None = "/map/{id}"
    entity: str | None = "/entities/{id}"
    home: str | None = "/"


def render_map(
    subgraph: Subgraph,
    *,
    influence: dict[str, float] | None = None,
    communities: dict[str, int] | None = None,
    color_by: Literal["type", "community"] = "type",
    title: str,
    focus: str | None = None,
    layout_threshold: int = DEFAULT_LAYOUT_THRESHOLD,
    links: MapLinks | None = None,
    note: str | None = None,
    more_url: str | None = None,
) -> str:
    """Return a complete HTML page that draws `subgraph` as an interactive map.

    Nodes are coloured and shaped by entity type (or by `communities`, a map
    from entity id to community number, when `color_by="community"`) and sized
    by `influence` (by number of connections when it is None). `focus` is an
    entity id to select and zoom to once drawn. Above `layout_threshold` nodes,
    positions are computed here and the browser's physics is off. `links` gives
    the side panel's links (None: no links). `note` is shown above the map, with
    a "show more" link to `more_url` if given.

    The page loads nothing from other hosts; serve it with the `CSP` header.
    Raises EntityNotFound if `focus` is not in `subgraph`, ValueError for an
    unknown `color_by`.
    """
    if color_by not in ("type", "community"):
        raise ValueError(f"color_by must be 'type' or 'community', not {color_by!r}")
    if focus is not None and all(e.id != focus for e in subgraph.entities):
        raise EntityNotFound(focus)
    count = len({e.id for e in subgraph.entities})
    fixed = count > layout_threshold
    seeded = fixed or count > SEED_LAYOUT_ABOVE
    payload = map_payload(subgraph, influence=influence, communities=communities, positions=seeded)
    if color_by == "community" and not payload["communities"]:
        color_by = "type"
    config = {
        "layout": "fixed" if fixed else "physics",
        "settleIterations": 0 if fixed else _settle_iterations(count),
        "colorBy": color_by,
        "focus": focus,
        "links": {"map": links.map, "entity": links.entity} if links else None,
    }
    return _env.get_template("map.html").render(
        title=title,
        home_url=links.home if links else None,
        note=note,
        more_url=more_url,
        csp=Markup(META_CSP),  # our constant: quotes and hashes, no " or &
        scripts=[Markup(s) for s in SCRIPTS],
        styles=[Markup(s) for s in STYLES],
        data=Markup(script_json({**payload, **config})),
        types=payload["types"],
        has_communities=bool(payload["communities"]),
        color_by=color_by,
        size_by="influence" if influence is not None else "connections",
        layout=config["layout"],
        node_count=len(payload["nodes"]),
        edge_count=len(payload["edges"]),
    )


def _settle_iterations(count: int) -> int:
    return min(MAX_SETTLE_ITERATIONS, max(25, PHYSICS_BUDGET // max(count, 1)))


def render_standalone(
    subgraph: Subgraph,
    *,
    title: str = "collabgraph map",
    links: MapLinks | None = None,
    **options: Any,
) -> str:
    """Return a map page that works opened from a file, with no server behind it.

    Same as `render_map` (same keyword options) but with no links to server
    pages unless `links` asks for them. Write it with `encoding="utf-8"`.
    """
    return render_map(subgraph, title=title, links=links, **options)


_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def script_json(value: Any) -> str:
    """Return `value` as JSON that is safe inside `<script type="application/json">`.

    No `<`, `>` or `&` survive, so neither `</script>` nor `<!--` can end or
    change the block, whatever the data says.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in _JSON_ESCAPES:
        text = text.replace(raw, escaped)
    return text
