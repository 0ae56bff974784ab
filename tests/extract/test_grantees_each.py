"""Grantees named together who "each" or "both" received money ("A and B have
each received £5,000 from Foo"): both were funded (vocab/verb_gap_words.txt); and
sums from two funders in one sentence ("£5,000 from A and £2,000 from B": each
funded; rules/grant_funders.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Food Hub and Plover Youth Club have each received £5,000 from the Heron Trust.",
        "Tern Food Hub and Plover Youth Club have both been awarded £5,000 by the Heron Trust.",
    ],
)
def test_each_grantee_named_together_was_funded(sentence):
    funded = pairs(extract_text(sentence + "\n"), "FUNDED")
    assert ("Heron Trust", "Tern Food Hub") in funded
    assert ("Heron Trust", "Plover Youth Club") in funded


def test_each_sum_from_its_own_funder():
    seed = extract_text(
        "Tern Food Hub secured £5,000 from the Heron Trust and £2,000 from the Marlow Foundation.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Heron Trust", "Tern Food Hub") in funded
    assert ("Marlow Foundation", "Tern Food Hub") in funded


def test_advice_from_a_second_body_is_no_funding():
    seed = extract_text(
        "Tern Food Hub secured £5,000 from the Heron Trust and advice from the Marlow Foundation.\n"
    )
    assert ("Marlow Foundation", "Tern Food Hub") not in pairs(seed, "FUNDED")
