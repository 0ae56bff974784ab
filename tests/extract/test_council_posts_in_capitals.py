"""An elected post after a councillor's name, in capitals or not: "Cllr Jane Doe,
Portfolio Holder for Communities and Wellbeing, said" (rules/civic_posts.py
`council_post_at`): the post, with its whole field, at the council the page names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_OPENING = "Fenby District Council has handed out twelve small grants. "


@pytest.mark.parametrize(
    ("said", "role"),
    [
        (
            "Cllr Ada Foss, Portfolio Holder for Parks and Open Spaces, said the sums were small.",
            "Portfolio Holder for Parks and Open Spaces",
        ),
        (
            "Cllr Ada Foss, Portfolio Holder for Housing, thanked the panel.",
            "Portfolio Holder for Housing",
        ),
        (
            "Cllr Ada Foss, portfolio holder for housing, thanked the panel.",
            "Portfolio Holder for Housing",
        ),
    ],
)
def test_the_council_post_after_the_name(said, role):
    seed = extract_text(_OPENING + said)
    assert ("Ada Foss", "Fenby District Council", role) in with_roles(seed, "WORKS_FOR")


def test_a_post_that_is_no_council_post_stays_a_councillor():
    seed = extract_text(_OPENING + "Cllr Ada Foss, Friend Of The Library, thanked the panel.")
    assert ("Ada Foss", "Fenby District Council", "Councillor") in with_roles(seed, "WORKS_FOR")
