"""Browser fixtures for map pages: they live in tests/browser_support.py, shared with
tests/browser."""

from tests.browser_support import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    PageServer,
    Watched,
    chromium,
    click_node,
    page,
    page_server,
    require_chromium,
    wait_idle,
)

__all__ = [
    "ARTIFACTS",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "PageServer",
    "Watched",
    "chromium",
    "click_node",
    "page",
    "page_server",
    "require_chromium",
    "wait_idle",
]
