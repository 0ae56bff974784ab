"""Money said to go into a grant round or programme referred back to by a noun ("The
round was made possible by a £10,000 contribution from Fenby Water", "This year's
programme was made possible by donations from Fenby Water") leaves its giver out
of view: the grantees the page lists next are the round's maker's, not the
giver's. Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_ROUND = (
    "Kelby Community Foundation announces £20,000 in Bright Roots grants\n\n"
    "We are pleased to share the results of the spring round of Bright Roots, our "
    "grants programme for small groups. {giving}\n\n"
    "This round's grants:\n\n"
    "- Tern Youth Club — £5,000 towards a minibus\n"
    "- Fenby Lunch Club — £3,000 for kitchen equipment\n"
)


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


@pytest.mark.parametrize(
    "giving",
    [
        "The round was made possible by a £10,000 contribution from Fenby Water.",
        "This year's programme was made possible by donations from Fenby Water.",
    ],
)
def test_a_rounds_giver_funds_none_of_its_grantees(giving):
    found = _funded(_ROUND.format(giving=giving))
    assert ("Fenby Water", "Tern Youth Club") not in found
    assert ("Fenby Water", "Fenby Lunch Club") not in found
    assert ("Kelby Community Foundation", "Tern Youth Club") in found


def test_a_giver_of_money_not_said_to_go_into_the_round_stays_in_view():
    text = _ROUND.format(giving="Money for these grants comes from the Fenby Water Trust.")
    assert ("Fenby Water Trust", "Tern Youth Club") in _funded(text)
