"""Money said to go into a grant round or programme referred back to by a noun ("The
round was paid for by a £10,000 gift from Fenby Water", "This year's
programme was paid for by gifts from Fenby Water") leaves its giver out
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
        "The round was paid for by a £10,000 gift from Fenby Water.",
        "This year's programme was paid for by gifts from Fenby Water.",
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


def test_a_lines_own_backer_funds_none_of_the_lines_after():
    text = (
        "Neighbourhood grants - second round\n\nKelby Borough Council\n\n"
        "The following awards were agreed by the Head of Neighbourhoods on 2 "
        "May 2031.\n\n"
        "- Fenby Gardeners - £2,400 - water butts\n"
        "- Friends of Fenby Woods - £3,000 - new benches, match-funded by the Kelby "
        "Rotary Club\n"
        "- Tern Dance Group - £2,500 - a summer show\n"
        "- Kelby Food Hub - £1,200 - a fridge\n"
    )
    found = _funded(text)
    assert ("Kelby Rotary Club", "Friends of Fenby Woods") in found
    assert ("Kelby Rotary Club", "Tern Dance Group") not in found
    assert ("Kelby Borough Council", "Tern Dance Group") in found


def test_a_fund_named_as_a_giver_is_not_the_fund_given_to():
    text = (
        "£50,000 for Kelby groups as Tern Harbour Fund opens\n\n"
        "Groups on the Kelby coast can now apply for grants from a new £50,000 "
        "programme, the Tern Harbour Fund.\n\n"
        "The fund has been created by Kelby Community Foundation with £30,000 from "
        "The Fenby Fund and £20,000 from Ada Foss Ltd, the ferry company.\n\n"
        "The first grants were agreed in December:\n"
        "- Kelby Rowing Club receives £12,000 to buy two boats;\n"
        "- Fenby Film Society receives £6,500 for a projector.\n"
    )
    found = _funded(text)
    assert ("Fenby Fund", "Kelby Rowing Club") not in found
    assert ("Ada Foss Ltd", "Tern Harbour Fund") in found
