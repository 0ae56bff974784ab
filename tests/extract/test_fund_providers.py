"""A fund "provided by" or "made available by" a body: the body funded the fund
(patterns/organising.jsonl `fund_only` passive cues, rules/agents.py); anything
else provided ("services provided by Foo") is no funding. Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Youth Fund is provided by the Heron Foundation.",
        "The Kelby Youth Fund (KYF) is provided by the Heron Foundation as a way to help.",
        "The Kelby Youth Fund has been made available by the Heron Foundation.",
    ],
)
def test_the_body_providing_a_fund_funded_it(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Kelby Youth Fund") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Advice services are provided by the Heron Foundation in Kelby.",
        "The Kelby Youth Project is provided by the Heron Foundation.",
        "Rooms have been made available by the Heron Foundation for the Kelby Youth Fund.",
    ],
)
def test_anything_else_provided_is_no_funding(sentence):
    seed = extract_text(sentence + "\n")
    assert not pairs(seed, "FUNDED")
