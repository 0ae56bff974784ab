"""The scripts and styles every map page inlines, and the Content-Security-Policy for them.

vis-network comes from the copy shipped inside the pyvis package, so a page
loads nothing from any other host and opens offline. Every inline script and
style is fixed text, so the policy allows exactly those by their SHA-256
hashes: the same header value fits every page, and the JSON data block (not
a script the browser runs) needs no exception.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources

from collabgraph.render.palette import legend_css

VIS_NETWORK_VERSION = "9.1.2"


def _read(package: str, path: str) -> str:
    text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
    # Browsers hash an inline script after the HTML parser has turned CR LF into LF.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _inline_safe(name: str, text: str) -> str:
    lowered = text.lower()
    for marker in ("</script", "</style", "<!--"):
        if marker in lowered:
            raise RuntimeError(f"{name} contains {marker!r} and cannot be inlined in a page")
    return text


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


VIS_NETWORK_JS = _inline_safe(
    "vis-network.min.js", _read("pyvis", f"lib/vis-{VIS_NETWORK_VERSION}/vis-network.min.js")
)
MAP_JS = _inline_safe("map.js", _read("collabgraph.render", "static/map.js"))
MAP_CSS = _inline_safe("map.css", _read("collabgraph.render", "static/map.css") + legend_css())

SCRIPTS: tuple[str, ...] = (VIS_NETWORK_JS, MAP_JS)
STYLES: tuple[str, ...] = (MAP_CSS,)

_POLICY = (
    "default-src 'none'",
    "script-src " + " ".join(_sha256(s) for s in SCRIPTS),
    "style-src " + " ".join(_sha256(s) for s in STYLES),
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
)

META_CSP: str = "; ".join(_POLICY)
"""The policy a page states in its own `<meta>` tag (browsers ignore
`frame-ancestors` there and warn about it, so it is left out)."""

CSP: str = "; ".join((*_POLICY, "frame-ancestors 'none'"))
"""The `Content-Security-Policy` header value to send with every map page."""
