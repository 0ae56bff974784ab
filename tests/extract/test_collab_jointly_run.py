"""Bodies that are said to "jointly run" or "jointly deliver" one thing work
together: collaborators (COLLABORATES_WITH, corpus/GOLD.md "worked with"), not
partners, unless the page calls their work a partnership
(`vocab/joint_work_partner_words.txt`). All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _both_ways(seed: dict, kind: str) -> set[tuple[str, str]]:
    found = pairs(seed, kind)
    return found | {(b, a) for a, b in found}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kelby Voluntary Action and Fenby Rotary will jointly deliver a trustee "
         "training course this autumn.", "Kelby Voluntary Action", "Fenby Rotary"),
        ("Kelby Connect and Orton Tech Club announced they would jointly run a new "
         "device bank from the spring.", "Kelby Connect", "Orton Tech Club"),
    ],
)  # fmt: skip
def test_jointly_running_one_thing_is_collaboration(text, a, b):
    seed = extract_text(text + "\n", path="page.txt")
    assert (a, b) in _both_ways(seed, "COLLABORATES_WITH")
    assert (a, b) not in _both_ways(seed, "PARTNER_OF")


def test_jointly_run_on_a_page_that_calls_it_a_partnership_is_partners():
    text = (
        "Kelby Voluntary Action and Fenby Rotary will jointly deliver a trustee "
        "training course this autumn.\nThe partnership began in 2021.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Kelby Voluntary Action", "Fenby Rotary") in _both_ways(seed, "PARTNER_OF")
