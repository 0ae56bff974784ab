"""A body named as where money came from is no grantee of the funders told beside it:
"set up with funding from A and now funded by B", "received £5,000 from A, and a van
was bought with a grant from B", "funded by the Bar Fund through A, with match funding
from B": B funded what A funded, never A (rules/giver_ends.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

CLUB = "Kelby Cooking Club\n\nKelby Cooking Club is a cookery project for families in Fenby.\n"


def _funded(sentence: str) -> set[tuple[str, str]]:
    return pairs(extract_text(CLUB + "\n" + sentence + "\n"), "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Cooking Club was set up in 2021 with funding from the Tern Trust and is "
        "now mainly funded by Fenby Council.",
        "Kelby Cooking Club received £5,000 from the Tern Trust, and a new van was bought "
        "with a grant of £9,000 from Fenby Council.",
    ],
)
def test_a_giver_is_not_the_grantee_of_the_funder_beside_it(sentence):
    funded = _funded(sentence)
    assert ("Fenby Council", "Tern Trust") not in funded
    assert ("Tern Trust", "Kelby Cooking Club") in funded
    assert ("Fenby Council", "Kelby Cooking Club") in funded


def test_the_body_money_went_through_is_not_a_grantee():
    funded = _funded(
        "Kelby Cooking Club is funded by the Ada Foss Fund through Fenby Council, with "
        "match funding from the Tern Trust."
    )
    assert ("Tern Trust", "Fenby Council") not in funded
    assert ("Tern Trust", "Kelby Cooking Club") in funded


def test_a_body_paying_with_money_from_a_giver_keeps_its_grant():
    funded = _funded(
        "Kelby Cooking Club was paid for by Fenby Council with £40,000 from the Tern Trust."
    )
    assert ("Fenby Council", "Kelby Cooking Club") in funded
