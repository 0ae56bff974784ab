"""The home page: a search box, what the graph holds, and where to start exploring.

Like the map pages it is one self-contained page built from plain values (it
never touches a store), but it runs no script at all: the search box is an
ordinary form that the server answers. It is sent with the same policy as
every other page (`render.assets.CSP`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from collabgraph.model.vocabulary import ENTITY_TYPES
from collabgraph.render.assets import CSP, HOME_CSS, META_CSP
from collabgraph.render.page import MapLinks
from collabgraph.render.palette import type_style

PLURALS = {
    "Person": "people",
    "Organisation": "organisations",
    "Event": "events",
    "Report": "reports",
    "Project": "projects",
    "Place": "places",
}

_env = Environment(
    loader=PackageLoader("collabgraph.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


HOME_META_CSP: str = META_CSP
HOME_CSP: str = CSP
"""The `Content-Security-Policy` header value to send with the home page."""


def render_home(
    *,
    counts: Mapping[str, int],
    relations: int,
    sources: int,
    featured: Mapping[str, Sequence[Mapping[str, Any]]],
    whole_limit: int,
    query: str | None = None,
    matches: Sequence[Mapping[str, Any]] = (),
    suggestions: Sequence[str] = (),
    links: MapLinks | None = None,
    whole_map: str = "/map",
    community_map: str = "/map?color_by=community",
    people_map: str = "/map?view=people",
    organisations_map: str = "/map?view=organisations",
    search_action: str = "/",
    title: str = "collabgraph",
) -> str:
    """Return the home page as one HTML document.

    `counts` is the number of entities per type; `relations` and `sources` are
    totals. `featured` maps an entity type to its most influential entities
    (`{"id", "name"}` each, in order). `whole_limit` is how many entities the
    whole map shows. With a `query`, the page lists `matches` (`{"id", "name",
    "type"}` each) or, when there are none, the `suggestions` (names). Entity
    links follow `links.map` (default `/map/{id}`); a suggestion searches again
    through `search_action`. Serve it with the `HOME_CSP` header.
    """
    pattern = (links or MapLinks()).map or "/map/{id}"

    def entity(item: Mapping[str, Any]) -> dict[str, Any]:
        kind = str(item.get("type") or "")
        return {
            "name": str(item["name"]),
            "type": kind,
            "glyph": type_style(kind).glyph,
            "href": pattern.replace("{id}", quote(str(item["id"]), safe="")),
        }

    known = [t for t in ENTITY_TYPES if counts.get(t)]
    others = sorted(t for t in counts if t not in ENTITY_TYPES and counts[t])
    rows = [
        {
            "type": t,
            "count": counts[t],
            "label": PLURALS.get(t, t) if counts[t] != 1 else t.lower(),
            "glyph": type_style(t).glyph,
        }
        for t in known + others
    ]
    groups = [
        {
            "type": t,
            "label": PLURALS.get(t, t).capitalize(),
            "glyph": type_style(t).glyph,
            "entities": [entity({**e, "type": t}) for e in featured[t]],
        }
        for t in featured
        if featured[t]
    ]
    return _env.get_template("home.html").render(
        title=title,
        csp=Markup(HOME_META_CSP),  # our constant: quotes and hashes, no " or &
        style=Markup(HOME_CSS),
        search_action=search_action,
        query=query,
        matches=[entity(m) for m in matches],
        suggestions=[
            {"name": s, "href": f"{search_action}?{urlencode({'q': s})}"} for s in suggestions
        ],
        counts=rows,
        entity_total=sum(counts.values()),
        relation_total=relations,
        sources=sources,
        whole_map=whole_map,
        community_map=community_map,
        people_map=people_map,
        organisations_map=organisations_map,
        whole_limit=whole_limit,
        featured=groups,
    )
