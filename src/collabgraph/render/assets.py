"""The scripts and styles pages inline, and the one Content-Security-Policy every page is sent with.

vis-network comes from the copy shipped inside the pyvis package; sigma.js
and graphology are vendored from npm into `static/vendor/` (see VENDOR.md
there), as are Swagger UI and Redoc, which the API serves from
`/static/vendor/`. So a page loads nothing from any other host and opens
offline. Every inline script and style is fixed text, allowed by its SHA-256
hash; files come only from the page's own origin (`'self'`). The policy is
the same for every page, and the JSON data block (not a script the browser
runs) needs no exception.
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources

from collabgraph.render.palette import legend_css

VIS_NETWORK_VERSION = "9.1.2"
VENDOR = "static/vendor"
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.M)


def _read(package: str, path: str) -> str:
    text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
    # Browsers hash an inline script after the HTML parser has turned CR LF into LF;
    # a source-map comment would only send devtools looking for a file that is not there.
    return _SOURCE_MAP.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).rstrip("\n")


def _inline_safe(name: str, text: str) -> str:
    lowered = text.lower()
    for marker in ("</script", "</style", "<!--"):
        if marker in lowered:
            raise RuntimeError(f"{name} contains {marker!r} and cannot be inlined in a page")
    return text


def _ours(path: str) -> str:
    return _inline_safe(path, _read("collabgraph.render", path))


def sha256_source(text: str) -> str:
    """The CSP source expression that allows exactly this inline script or style."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


VIS_NETWORK_JS = _inline_safe(
    "vis-network.min.js", _read("pyvis", f"lib/vis-{VIS_NETWORK_VERSION}/vis-network.min.js")
)
GRAPHOLOGY_JS = _ours(f"{VENDOR}/graphology/graphology.umd.min.js")
SIGMA_JS = _ours(f"{VENDOR}/sigma/sigma.min.js")
LABELS_JS = _ours("static/map-labels.js")
MAP_VIS_JS = _ours("static/map-vis.js")
MAP_SIGMA_JS = _ours("static/map-sigma.js")
MAP_PANEL_JS = _ours("static/map-panel.js")
MAP_EDIT_JS = _ours("static/map-edit.js")
MAP_EDGES_JS = _ours("static/map-edges.js")
MAP_SEARCH_JS = _ours("static/map-search.js")
MAP_JS = _ours("static/map.js")
MAP_CSS = _ours("static/map.css") + legend_css()
HOME_CSS = _ours("static/home.css") + legend_css()
PAGE_CSS = _ours("static/page.css")
REVIEW_JS = _ours("static/review.js")
REVIEW_CSS = _ours("static/review.css") + legend_css()

RENDERER_SCRIPTS: dict[str, tuple[str, ...]] = {
    "vis": (
        VIS_NETWORK_JS,
        LABELS_JS,
        MAP_PANEL_JS,
        MAP_EDIT_JS,
        MAP_SEARCH_JS,
        MAP_VIS_JS,
        MAP_JS,
    ),
    "sigma": (
        GRAPHOLOGY_JS,
        SIGMA_JS,
        LABELS_JS,
        MAP_PANEL_JS,
        MAP_EDIT_JS,
        MAP_SEARCH_JS,
        MAP_EDGES_JS,
        MAP_SIGMA_JS,
        MAP_JS,
    ),
}
"""The inline scripts of a map page, in order, for each way of drawing it."""

SCRIPTS: tuple[str, ...] = (
    *dict.fromkeys(s for v in RENDERER_SCRIPTS.values() for s in v),
    REVIEW_JS,
)
STYLES: tuple[str, ...] = (MAP_CSS, HOME_CSS, PAGE_CSS, REVIEW_CSS)
EMPTY_STYLE = ""
"""Redoc's styled-components adds empty `<style>` elements and fills them through the
CSS object model (which a policy does not govern); allowing the empty text's hash lets
those elements exist without allowing any inline style text."""

_POLICY = (
    "default-src 'none'",
    "script-src 'self' " + " ".join(sha256_source(s) for s in SCRIPTS),
    "style-src 'self' " + " ".join(sha256_source(s) for s in (*STYLES, EMPTY_STYLE)),
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
)

META_CSP: str = "; ".join(_POLICY)
"""The policy a page states in its own `<meta>` tag (browsers ignore
`frame-ancestors` there and warn about it, so it is left out)."""

CSP: str = "; ".join((*_POLICY, "frame-ancestors 'none'"))
"""The `Content-Security-Policy` header value every HTML page is sent with."""
