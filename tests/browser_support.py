"""Browser fixtures shared by tests/render and tests/browser: Debian's headless
Chromium through Playwright, and pages served from 127.0.0.1.

Each conftest imports the fixtures it needs from here. Without /usr/bin/chromium,
browser tests skip locally and fail in CI (CI=true), because a skipped browser
test would hide a broken map.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from collabgraph.render import CSP

CHROMIUM = Path(os.environ.get("COLLABGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def require_chromium() -> None:
    """Skip when Chromium is missing, except in CI, where that fails the test."""
    if CHROMIUM.exists():
        return
    reason = f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or make browser)"
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: a skipped browser test is a failure)")
    pytest.skip(reason)


class _SharedChromium:
    """One Playwright and one Chromium for the whole session.

    Each conftest that imports `chromium` defines a fixture of its own, and
    Playwright's sync API allows only one instance per thread, so they share
    this one: started by the first, closed after the last.
    """

    def __init__(self) -> None:
        self.users = 0
        self.playwright = None
        self.browser = None

    def acquire(self):
        if self.users == 0:
            from playwright.sync_api import sync_playwright

            self.playwright = sync_playwright().start()
            try:
                self.browser = self.playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
            except Exception:
                self.playwright.stop()
                raise
        self.users += 1
        return self.browser

    def release(self) -> None:
        self.users -= 1
        if self.users == 0:
            self.browser.close()
            self.playwright.stop()
            self.browser = self.playwright = None


_shared_chromium = _SharedChromium()


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium shared by the session's browser tests."""
    require_chromium()
    browser = _shared_chromium.acquire()
    try:
        yield browser
    finally:
        _shared_chromium.release()


class _MapHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files as the API serves map pages: with the CSP header on HTML."""

    def end_headers(self):
        if self.path.split("?")[0].endswith(".html"):
            self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format, *args):
        pass


@dataclass
class PageServer:
    """Serves files written into `root` at `base` (http://127.0.0.1:<port>/)."""

    root: Path
    base: str

    def publish(self, name: str, html: str) -> str:
        (self.root / name).write_text(html, encoding="utf-8")
        return self.base + name


@pytest.fixture(scope="session")
def page_server(tmp_path_factory) -> Iterator[PageServer]:
    root = tmp_path_factory.mktemp("pages")
    handler = functools.partial(_MapHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield PageServer(root, f"http://127.0.0.1:{server.server_address[1]}/")
    server.shutdown()
    server.server_close()


@dataclass
class Watched:
    """What a page did: console errors, requests, dialogs, CSP violations, uncaught errors."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def offsite(self) -> list[str]:
        return [
            u
            for u in self.requests
            if urlsplit(u).scheme not in {"data", "blob", "about"}
            and urlsplit(u).hostname not in {"127.0.0.1", "localhost"}
        ]


@pytest.fixture
def page(chromium, request):
    """A fresh page whose console errors, requests and dialogs are recorded.

    A dialog (alert/confirm/prompt) fails the test: no map content may run script.
    """
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    watched = Watched()

    def on_console(msg):
        if msg.type == "error":
            watched.errors.append(msg.text)
        elif msg.type == "warning":
            watched.warnings.append(msg.text)

    pg.on("console", on_console)
    pg.on("pageerror", lambda exc: watched.errors.append(f"uncaught: {exc}"))
    pg.on("request", lambda req: watched.requests.append(req.url))

    def on_dialog(dialog):
        watched.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation', (e) =>"
        " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    pg.watched = watched
    yield pg
    context.close()
    assert not watched.dialogs, f"the page opened dialogs: {watched.dialogs}"


def wait_idle(pg, timeout: float = 30_000) -> None:
    """Wait until the map has drawn and stopped moving (body[data-state=idle])."""
    pg.wait_for_selector("body[data-state=idle]", state="attached", timeout=timeout)


def wait_selected(pg, node_id: str, timeout: float = 10_000) -> None:
    """Wait until the map has selected `node_id` (its panel is open).

    A selector, not `wait_for_function`: Playwright polls a function by `eval`,
    which the pages' policy forbids.
    """
    value = node_id.replace("\\", "\\\\").replace('"', '\\"')
    pg.wait_for_selector(f'body[data-selected="{value}"]', state="attached", timeout=timeout)


def screen_position(pg, node_id: str) -> dict[str, float]:
    """Where a node is drawn, in page coordinates (vis-network or sigma.js alike),
    once the map has stopped moving it (zooms and fits animate; a busy machine
    only makes them slower)."""
    box = pg.locator("#network").bounding_box()
    pg.wait_for_function(
        """(id) => {
            const p = window.collabgraphMap.screenPosition(id);
            if (!p) return false;
            const key = p.x.toFixed(1) + "," + p.y.toFixed(1), now = performance.now();
            const seen = (window.__settle = window.__settle || {})[id];
            if (!seen || seen.key !== key) {
                window.__settle[id] = { key, since: now };
                return false;
            }
            return now - seen.since >= 150;
        }""",
        arg=node_id,
        polling=50,
        timeout=15_000,
    )
    point = pg.evaluate("(id) => window.collabgraphMap.screenPosition(id)", node_id)
    assert point is not None, f"{node_id} is not drawn"
    return {"x": box["x"] + point["x"], "y": box["y"] + point["y"]}


def click_node(pg, node_id: str) -> None:
    """Click a node where the map drew it."""
    spot = screen_position(pg, node_id)
    pg.mouse.click(spot["x"], spot["y"])


def drawn_ids(pg) -> list[str]:
    """Ids of the nodes the map drew, sorted."""
    return sorted(pg.evaluate("window.collabgraphMap.drawnIds()"))


def overlapping_labels(pg) -> list[tuple[dict, dict]]:
    """Pairs of drawn labels whose boxes overlap (there should be none)."""
    labels = pg.evaluate("window.collabgraphMap.labels()")
    return [
        (a, b)
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    ]
