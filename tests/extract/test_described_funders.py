"""A giver described before it is named after "by": "Fenby Youth Club has been given the
cash by one of the largest charitable funders - the Hazel Trust", "was funded by a
local charity, the Hazel Trust": the body named after the comma or dash is the agent
(rules/agents._described_agent). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenby Youth Club has been given the cash by one of the largest charitable funders - "
        "the Hazel Trust.",
        "Fenby Youth Club has been given the cash by one of the largest charitable funders "
        "-The Hazel Trust.",
        "Fenby Youth Club was funded by a local charity, the Hazel Trust, in its first year.",
    ],
)
def test_the_body_named_after_a_description_gave_the_money(sentence):
    seed = extract_text(
        "News\n\nA youth club has been given a £4,000 cash boost.\n\n" + sentence + "\n"
    )
    assert ("Hazel Trust", "Fenby Youth Club") in pairs(seed, "FUNDED")


def test_a_description_naming_a_person_names_no_funder():
    seed = extract_text(
        "News\n\nFenby Youth Club was given the cash by a local resident, Jane Doe, last week.\n"
    )
    assert not pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    ("sentence", "funded"),
    [
        ("Fenby Youth Club has been handed £5,000 by the Hazel Trust.", True),
        ("The Hazel Trust has handed Fenby Youth Club a £5,000 grant.", True),
        ("Fenby Youth Club was handed a leaflet by the Hazel Trust.", False),
        ("Fenby Youth Club was given a tour by the Hazel Trust.", False),
    ],
)
def test_handed_money_is_a_grant_and_handed_anything_else_is_not(sentence, funded):
    seed = extract_text("News\n\n" + sentence + "\n")
    assert (("Hazel Trust", "Fenby Youth Club") in pairs(seed, "FUNDED")) is funded
