"""Map pages: a `MapView` in, one self-contained HTML page out.

The page is built from our own Jinja template rather than pyvis's, whose
template pulls Bootstrap and vis-network from CDNs. Maps up to
`VIS_NODE_LIMIT` nodes and `VIS_EDGE_LIMIT` edges are drawn by vis-network
(shapes per type, physics for small maps); larger ones by sigma.js in WebGL,
from server positions. Both share one script for the legend, search, labels
and side panel (static/map.js).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from collabgraph.errors import EntityNotFound
from collabgraph.model.graph import Subgraph
from collabgraph.model.vocabulary import ENTITY_TYPES
from collabgraph.render.assets import META_CSP, RENDERER_SCRIPTS, STYLES
from collabgraph.render.layout import spring_positions
from collabgraph.render.payload import decode_payload, map_payload, unique_entities
from collabgraph.render.view import MapView

VIS_NODE_LIMIT = 1500
"""Above this many nodes a map is drawn with sigma.js (WebGL). vis-network
draws on a 2D canvas and redraws every node and edge on each frame."""
VIS_EDGE_LIMIT = 4000
"""Above this many edges too: a 500-node map with 11,773 edges took 9.4 s in vis-network."""
VIS_PHYSICS_LIMIT = 300
"""Up to this many nodes vis-network settles the map by physics; above it, the
server's positions stand (settling 1,000 nodes took 2.1 s, drawing them at the
server's positions 0.5 s: BENCHMARKS.md, "Maps")."""
DEFAULT_LAYOUT_THRESHOLD = VIS_PHYSICS_LIMIT
SEED_LAYOUT_ABOVE = 150
"""Maps larger than this start from server positions (vis-network's own
initial layout is slow past here) and only settle them for a bounded time."""
DETAIL_LIMIT = 2000
"""Maps up to this many nodes carry descriptions, sources and evidence for the
side panel; larger ones carry names, titles, aliases, roles and dates, and the
panel links to each entity's own (smaller) map for the rest."""
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

    Set a pattern to None to leave that link out (a static export has no
    server). `search` is where the map looks up names it does not draw
    (`{q}` becomes the query); `map` opens an entity's own map in the same view;
    `edit` (PATCH and DELETE, with the API key) is where the panel's "Correct"
    action sends a person's edits of an entity, and `review` the review page.
    """

    map: str | None = "/map/{id}"
    entity: str | None = "/entities/{id}"
    home: str | None = "/"
    search: str | None = "/entities?q={q}&limit=8"
    edit: str | None = None  # where the panel's "Correct" action sends an entity's edits
    review: str | None = None  # the review page


def choose_renderer(node_count: int, edge_count: int) -> str:
    """`"vis"` for maps vis-network draws quickly, `"sigma"` (WebGL) for larger ones."""
    if node_count > VIS_NODE_LIMIT or edge_count > VIS_EDGE_LIMIT:
        return "sigma"
    return "vis"


def render_view(
    view: MapView,
    *,
    links: MapLinks | None = None,
    more_url: str | None = None,
    view_links: dict[str, str] | None = None,
    renderer: str | None = None,
    layout: str | None = None,
    reviewed_link: str | None = None,
) -> str:
    """Return a complete HTML page that draws `view` as an interactive map.

    Nodes are coloured by entity type (or by community when `view.color_by`
    is "community") and sized by influence. `links` gives the side panel's
    links and where search looks for names not drawn (None: a static export,
    no links). `more_url` is a "show more" link after the note; `view_links`
    maps each view name ("entities", "people", "organisations") to the URL
    of this map in that view, shown as a toggle; `reviewed_link` is this map
    showing (or, when it hides them, hiding) the facts nobody has reviewed yet,
    offered when the map holds such facts or hides them. `renderer` ("vis" or "sigma")
    and `layout` ("physics" or "fixed", vis only) override the choice made from
    the map's size.

    The page loads nothing from other hosts; serve it with the `CSP` header.
    Raises EntityNotFound if `view.focus` is not drawn, ValueError for an
    unknown colour mode or renderer.
    """
    if view.color_by not in ("type", "community"):
        raise ValueError(f"color_by must be 'type' or 'community', not {view.color_by!r}")
    entities = unique_entities(view.entities)
    if view.focus is not None and all(e.id != view.focus for e in entities):
        raise EntityNotFound(view.focus)
    count = len(entities)
    renderer = renderer or choose_renderer(count, view.edge_count)
    if renderer not in RENDERER_SCRIPTS:
        raise ValueError(f"renderer must be one of {', '.join(RENDERER_SCRIPTS)}, not {renderer!r}")
    if renderer == "sigma" or layout is None:
        layout = "fixed" if renderer == "sigma" or count > VIS_PHYSICS_LIMIT else "physics"
    if view.positions is None and (layout == "fixed" or count > SEED_LAYOUT_ABOVE):
        view = _with_positions(view)
    payload = map_payload(view, details=count <= DETAIL_LIMIT)
    color_by = view.color_by
    if color_by == "community" and not payload["communities"]:
        color_by = "type"
    config = {
        "renderer": renderer,
        "layout": layout,
        "settleIterations": 0 if layout == "fixed" else _settle_iterations(count),
        "colorBy": color_by,
        "sizeBy": "influence" if view.influence is not None else "connections",
        "focus": view.focus,
        "links": _links(links),
        "views": view_links or None,
    }
    if links is not None and links.edit:
        config["entityTypes"] = list(ENTITY_TYPES)
    unreviewed = any(not e.reviewed for e in entities) or any(
        not r.reviewed for r in view.relations
    )
    return _env.get_template(
        "map.html"
    ).render(
        title=view.title,
        home_url=links.home if links else None,
        note=view.note,
        more_url=more_url,
        csp=Markup(META_CSP),  # our constant: quotes and hashes, no " or &
        scripts=[Markup(s) for s in RENDERER_SCRIPTS[renderer]],
        styles=[Markup(s) for s in STYLES[:1]],
        data=Markup(script_json({**payload, **config})),
        types=payload["types"],
        has_communities=bool(payload["communities"]),
        color_by=color_by,
        size_by=config["sizeBy"],
        view=view.view,
        view_links=view_links or {},
        reviewed_link=reviewed_link if unreviewed or view.reviewed_only else None,
        reviewed_only=view.reviewed_only,
        renderer=renderer,
        layout=layout,
        node_count=len(payload["nodes"]["id"]),
        edge_count=len(payload["edges"]["from"]),
    )


def _links(links: MapLinks | None) -> dict[str, str | None] | None:
    if links is None:
        return None
    return {
        "map": links.map, "entity": links.entity, "search": links.search, "edit": links.edit,
        "review": links.review,
    }  # fmt: skip


def _with_positions(view: MapView) -> MapView:
    from dataclasses import replace

    ids = [e.id for e in unique_entities(view.entities)]
    links = view.ties if view.view != "entities" else view.relations
    return replace(view, positions=spring_positions(ids, [(r.source, r.target) for r in links]))


def _settle_iterations(count: int) -> int:
    return min(MAX_SETTLE_ITERATIONS, max(25, PHYSICS_BUDGET // max(count, 1)))


def render_map(
    subgraph: Subgraph,
    *,
    influence: dict[str, float] | None = None,
    communities: dict[str, int] | None = None,
    color_by: str = "type",
    title: str,
    focus: str | None = None,
    layout_threshold: int = DEFAULT_LAYOUT_THRESHOLD,
    links: MapLinks | None = None,
    note: str | None = None,
    more_url: str | None = None,
    renderer: str | None = None,
) -> str:
    """Return a map page of an entities-view `subgraph` (see `render_view`).

    `influence` sizes nodes (by number of connections when None);
    `communities` maps entity id to community number. Above
    `layout_threshold` nodes, positions are computed here and physics is off;
    at or below it, vis-network settles the map by physics.
    Raises EntityNotFound if `focus` is not in `subgraph`, ValueError for an
    unknown `color_by`.
    """
    view = MapView(
        title=title,
        entities=subgraph.entities,
        relations=subgraph.relations,
        influence=influence,
        communities=communities,
        color_by=color_by,
        focus=focus,
        note=note,
    )
    count = len({e.id for e in subgraph.entities})
    layout = "fixed" if count > layout_threshold else "physics"
    return render_view(view, links=links, more_url=more_url, renderer=renderer, layout=layout)


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


_DATA_BLOCK = re.compile(r'<script type="application/json" id="map-data">(.*?)</script>', re.S)


def read_page(html: str) -> dict[str, Any]:
    """The data block of a map page made by `render_view`, with `nodes` and `edges`
    decoded into one dict each (see `payload.decode_payload`). Raises ValueError
    for a page without one."""
    found = _DATA_BLOCK.search(html)
    if not found:
        raise ValueError("not a collabgraph map page: no map-data block")
    data = json.loads(found.group(1))
    return {**data, **decode_payload(data)}


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
