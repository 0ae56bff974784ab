"""Pages that are not maps: the friendly 404 for a map of an unknown name, and the API docs.

Like the maps they are plain HTML from our own templates, sent with the one
policy every page has (`CSP`); the API documentation pages load Swagger UI
and Redoc from the copies vendored into this package (served by the API
under `/static/`), never from a CDN.
"""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from collabgraph.render.assets import META_CSP, PAGE_CSS

_env = Environment(
    loader=PackageLoader("collabgraph.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

DOC_KINDS = ("swagger", "redoc")


def render_not_found(
    query: str,
    suggestions: Sequence[tuple[str, str]],
    *,
    candidates: bool = False,
    home_url: str | None = "/",
    search_url: str | None = "/",
) -> str:
    """Return the page for a map of a name that matches no entity (or, with
    `candidates`, several): the name asked for and `suggestions`, each
    `(name, href)`, as links. `search_url` is where the page's search form goes."""
    return _env.get_template("not_found.html").render(
        csp=Markup(META_CSP),  # our constant: quotes and hashes, no " or &
        style=Markup(PAGE_CSS),
        query=query,
        suggestions=list(suggestions),
        candidates=candidates,
        home_url=home_url,
        search_url=search_url,
    )


def render_api_docs(kind: str, *, openapi_url: str, title: str, static_url: str = "/static") -> str:
    """Return the `/docs` page (`kind="swagger"`) or the `/redoc` page (`kind="redoc"`)
    for the OpenAPI document at `openapi_url`, loading the vendored viewer from
    `static_url`. Raises ValueError for another kind."""
    if kind not in DOC_KINDS:
        raise ValueError(f"kind must be one of {', '.join(DOC_KINDS)}, not {kind!r}")
    return _env.get_template(f"{kind}.html").render(
        csp=Markup(META_CSP), title=title, openapi_url=openapi_url, static=static_url
    )
