"""A body's own programme written with more words between: nouns before the
programme noun ("Foo's latest investment programme, 'Bar'", "Foo's new community
grants scheme, Bar": theirs to run, as any programme of theirs), and the body's
short form in brackets before the possessive ("the Foo Academy (FA)'s Bar Fund").
Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(sentence: str) -> dict:
    return extract_text(f"Kelby news\n{sentence}\n", path="page.txt")


@pytest.mark.parametrize(
    ("sentence", "body", "programme"),
    [
        (
            "Fenby County Council has secured the funding from Kelby Arts Trust’s latest "
            "investment programme, ‘Make Together’.",
            "Kelby Arts Trust",
            "Make Together",
        ),
        (
            "Groups can apply to Kelby Council's new community grants scheme, Bright "
            "Corners, until May.",
            "Kelby Council",
            "Bright Corners",
        ),
        (
            "Dalby Rovers is celebrating after being awarded £50k from the Kelby Academy for "
            "Social Health (KASH)’s Thriving Places Fund to support its work.",
            "Kelby Academy for Social Health",
            "Thriving Places Fund",
        ),
    ],
)
def test_a_programme_a_body_owns_is_run_by_it(sentence, body, programme):
    seed = _seed(sentence)
    assert (body, programme) in pairs(seed, "RUNS")
    assert {e["type"] for e in seed["entities"] if e["name"] == programme} == {"Project"}


def test_a_funding_programme_named_after_its_funder_still_is_funded_only():
    seed = _seed(
        "A new Comet Trust community funding programme, “Small Grants for Villages”, will "
        "give grants to groups."
    )
    assert ("Comet Trust", "Small Grants for Villages") in pairs(seed, "FUNDED")
    assert not pairs(seed, "RUNS")


def test_a_post_after_a_body_names_no_programme():
    seed = _seed("Kelby Trust chief executive, Jane Dalby, said the hall was full.")
    assert not pairs(seed, "RUNS")
