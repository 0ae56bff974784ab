""" "Its partnership with A" in a sentence that names no body before it: the body
the page was last about is A's partner (rules/partner_leads.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

OPENING = "# News\n\nPlover Homes is a housing association in Kelby. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Its growth strategy is to deliver 2,000 homes through its partnership with "
        "government agency Heron England.",
        "It will build 2,000 homes through its long-standing partnership with Heron England.",
    ],
)
def test_its_partnership_is_the_body_last_written_about(sentence):
    seed = extract_text(OPENING + sentence + "\n", path="page.txt")
    found = pairs(seed, "PARTNER_OF")
    assert ("Plover Homes", "Heron England") in found or ("Heron England", "Plover Homes") in found
