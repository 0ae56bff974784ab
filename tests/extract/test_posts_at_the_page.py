"""Posts named with no organisation, placed at the body the page is written by or
about: its publisher, the one it keeps coming back to, or its one council."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts as _posts


def _page(url: str, body: str) -> dict:
    return extract_text(f"---\nurl: {url}\n---\n\n{body}\n", path="page.txt")


def test_a_bare_chief_executive_is_at_the_body_that_publishes_the_page():
    seed = _page(
        "https://www.fernbrookhospice.org.uk/news/garden",
        "Fernbrook Hospice has opened a garden built with help from Ashby Garden Trust.\n\n"
        "Volunteers from Ashby Garden Trust dug the beds, and Ashby Garden Trust gave "
        "the plants.\n\n"
        "Chief Executive Rona Pike said: “We are so grateful.”",
    )
    posts = _posts(seed)
    assert ("Rona Pike", "WORKS_FOR", "Fernbrook Hospice", "chief executive") in posts
    assert not any(w == "Rona Pike" and org == "Ashby Garden Trust" for w, _, org, _ in posts)
