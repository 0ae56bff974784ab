"""The review page: a write-up's text with what the extractor read from it, to accept,
reject or correct fact by fact; and the list of write-ups to review.

Built from plain values (`collabgraph.review` data); it never touches a store.
Like the map pages it loads nothing from other hosts and is sent with the one
policy every page has (`collabgraph.render.assets.CSP`): its own script and
style are allowed by their hashes, and it calls the API on its own site
(`connect-src 'self'`), sending the key as a header.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from collabgraph.model.vocabulary import ENTITY_TYPES, RELATION_TYPES
from collabgraph.render.assets import META_CSP, REVIEW_CSS, REVIEW_JS
from collabgraph.render.page import script_json
from collabgraph.render.palette import type_style

_env = Environment(
    loader=PackageLoader("collabgraph.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def review_path(source_id: str) -> str:
    """Where a source's review page is."""
    return "/review/" + quote(source_id, safe="")


def render_review(review: Mapping[str, Any]) -> str:
    """The review page of one source (`collabgraph.review.review_source` data)."""
    source_id = review["source"]["id"]
    config = {
        "review": review,
        "api": {
            "review": "/reviews/" + quote(source_id, safe=""),
            "accept": "/reviews/" + quote(source_id, safe="") + "/accept",
        },
        "entityTypes": list(ENTITY_TYPES),
        "relationTypes": list(RELATION_TYPES),
        "glyphs": {t: type_style(t).glyph for t in ENTITY_TYPES},
    }
    return _env.get_template("review.html").render(
        title=review["source"]["title"],
        csp=Markup(META_CSP),
        style=Markup(REVIEW_CSS),
        script=Markup(REVIEW_JS),
        data=Markup(script_json(config)),
    )


def render_review_list(sources: Sequence[Mapping[str, Any]]) -> str:
    """The list of write-ups to review (`collabgraph.review.reviewable` data)."""
    items = [{**s, "href": review_path(s["id"])} for s in sources]
    return _env.get_template("reviews.html").render(
        csp=Markup(META_CSP), style=Markup(REVIEW_CSS), sources=items
    )
