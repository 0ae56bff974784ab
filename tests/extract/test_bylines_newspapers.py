"""A byline naming a reporter and their newspaper ("By Jo Tern, Kelby Echo"): the
paper is a body the reporter works for, not a second person; and a body named in
the heading with no body word, beside a part of its own site ("Foo Link Kelby |
Our impact"), is the page's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize("paper", ["Wexby Echo", "Wexby Gazette", "Wexby Mercury"])
def test_a_reporters_paper_in_a_byline(paper):
    seed = extract_text(
        f"Market hall reopens after repairs\n\nBy Imelda Quarrie, {paper}\n\n"
        "The market hall in Wexby reopened on Saturday after a year of repairs.\n",
        path="page.txt",
    )
    assert _types(seed)[paper] == "Organisation"
    assert ("Imelda Quarrie", paper) in pairs(seed, "WORKS_FOR")


def test_a_person_named_like_a_paper_stays_a_person():
    seed = extract_text(
        "By Imelda Quarrie, Reporter\n\nThe hall reopened. Manager Herald Tobin said thanks.\n",
        path="page.txt",
    )
    assert _types(seed).get("Imelda Quarrie") == "Person"


@pytest.mark.parametrize(
    "head",
    [
        "Open Gate Wexby - Our team",
        "A year of drop-ins\n\nOpen Gate Wexby | Our impact | Case studies",
        "A year of drop-ins\n\nOpen Gate Wexby | Annual Review 2031 | Stories from our work",
    ],
)
def test_a_body_named_in_the_heading_beside_its_own_section(head):
    """A body named with no body word ends its name, beside a part of its own site
    ("Our team", "Stories from our work"): the page is its, so its posts are there."""
    seed = extract_text(
        f"{head}\n\nWe started in 2019 in a spare room. Our coordinator, Imelda Quarrie, "
        "runs the drop-in on Tuesdays.\n",
        path="page.txt",
    )
    assert ("Imelda Quarrie", "Open Gate Wexby") in pairs(seed, "WORKS_FOR")


def test_a_persons_name_beside_an_own_section_is_no_body():
    seed = extract_text(
        "Imelda Quarrie | Our work\n\nWe met at Wexby Hall on Tuesday.\n", path="page.txt"
    )
    assert "Imelda Quarrie" not in {
        e["name"] for e in seed["entities"] if e["type"] == "Organisation"
    }
