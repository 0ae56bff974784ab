"""A second funder told by its sum or its share beside the first: "funded with £300,000
from A and a further £40,000 from B", "funded by A with a contribution from B": B
funded what A funded, never A (rules/second_funders.py, `_sums_from`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

CLUB = "Kelby Cooking Club\n\nKelby Cooking Club is a cookery project for families in Fenby.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Cooking Club is funded with £300,000 from the Tern Trust and a further "
        "£40,000 from Fenby Solar Co-op.",
        "Kelby Cooking Club is funded with £300,000 from the Tern Trust and £40,000 from "
        "Fenby Solar Co-op, a local energy firm.",
        "Kelby Cooking Club is funded by the Tern Trust with a contribution from Fenby "
        "Solar Co-op.",
    ],
)
def test_the_second_funder_funds_what_the_first_funds(sentence):
    funded = pairs(extract_text(CLUB + "\n" + sentence + "\n"), "FUNDED")
    assert ("Tern Trust", "Kelby Cooking Club") in funded
    assert ("Fenby Solar Co-op", "Kelby Cooking Club") in funded
    assert ("Fenby Solar Co-op", "Tern Trust") not in funded


def test_a_second_funder_named_by_its_own_fund():
    sentence = (
        "Kelby Cooking Club is funded with £300,000 from the Tern Trust and a further "
        "£40,000 from the Ada Foss Foundation's community fund."
    )
    funded = pairs(extract_text(CLUB + "\n" + sentence + "\n"), "FUNDED")
    assert ("Ada Foss Foundation", "Kelby Cooking Club") in funded


def test_a_lone_sum_from_a_body_is_not_a_second_funder():
    sentence = "Kelby Cooking Club received £4,000 from the Tern Trust to buy cookers."
    funded = pairs(extract_text(CLUB + "\n" + sentence + "\n"), "FUNDED")
    assert funded <= {("Tern Trust", "Kelby Cooking Club")}
