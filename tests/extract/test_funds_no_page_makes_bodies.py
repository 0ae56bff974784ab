"""A name headed "Fund" that only its head word and the recogniser make a body (no
post held there, no one speaking for it, no slot only a body fills, no body's word
inside it, owning no programme) is a grant programme (Project): a fund is as often
a programme as a grant-making body, so the page's uses decide, not the name's
shape. Fictional bodies; each test stands for a kind seen on pages of several sites.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import typed


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            "Small charities in Kelby have received between £5,000 and £10,000 from the "
            "Bright Futures Community Fund to provide services for older residents.",
            "Bright Futures Community Fund",
        ),
        (
            "Fenby Arts has announced the six awardees of the Rural Renewal Fund with "
            "support from Kelby Trust.",
            "Rural Renewal Fund",
        ),
        (
            "With funding secured from Kelby CVS and the Happy Summers Fund, Fenby Rovers "
            "will offer three sessions for children.",
            "Happy Summers Fund",
        ),
    ],
)
def test_a_fund_nothing_makes_a_body_is_a_programme(text, fund):
    assert typed(text, fund) == {"Project"}


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            # a post held there, and someone speaking for it
            "Kelby Youth Club received £2,000 from the Marlow Memorial Fund. Jane Doe, "
            "director of the Marlow Memorial Fund, said the club does great work.",
            "Marlow Memorial Fund",
        ),
        (
            # it gives grants itself
            "The Dalby Valley Fund was set up in 1990 and has given grants to many groups "
            "in Kelby.",
            "Dalby Valley Fund",
        ),
        (
            # a body's word inside its name
            "Kelby Youth Club received £2,000 from the Westshire Lottery Fund.",
            "Westshire Lottery Fund",
        ),
        (
            # it owns programmes
            "Bids opened again once the Fenby Heritage Fund's grant programmes reopened "
            "after the pandemic.",
            "Fenby Heritage Fund",
        ),
    ],
)
def test_a_fund_the_page_makes_a_body_stays_one(text, fund):
    assert "Project" not in typed(text, fund)
