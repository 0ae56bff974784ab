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
    drawn_ids,
    overlapping_labels,
    page,
    page_server,
    require_chromium,
    screen_position,
    wait_idle,
    wait_selected,
)

__all__ = [
    "ARTIFACTS",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "PageServer",
    "Watched",
    "chromium",
    "click_node",
    "drawn_ids",
    "overlapping_labels",
    "page",
    "page_server",
    "require_chromium",
    "screen_position",
    "wait_idle",
    "wait_selected",
]
