"""Funders of the work in view: "The work was funded by grants from A and B" names
nothing before the funders, so the project the page is about is what they funded
(rules/passive_targets.work_in_view). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

RUNS = "News\n\nElm Vale Hospice runs the Rowan Garden Project, a garden for patients.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The work was funded by grants from the Hazel Trust and the Birch Foundation.",
        "This was paid for with donations from the Hazel Trust and the Birch Foundation.",
        "The work was funded by the Hazel Trust and the Birch Foundation.",
    ],
)
def test_funders_of_the_unnamed_work_funded_the_project_in_view(sentence):
    funded = pairs(extract_text(RUNS + sentence + "\n"), "FUNDED")
    assert funded >= {
        ("Hazel Trust", "Rowan Garden Project"),
        ("Birch Foundation", "Rowan Garden Project"),
    }


def test_a_grant_said_to_be_part_of_a_fund_is_no_funding_of_the_fund():
    seed = extract_text(
        "News\n\nHazel Trust has awarded Elm Vale Hospice £80,000.\n\n"
        "The grant from Hazel Trust is part of their Rowan Garden Fund.\n"
    )
    assert ("Hazel Trust", "Rowan Garden Fund") not in pairs(seed, "FUNDED")


def test_funders_of_work_named_before_them_funded_what_is_named():
    seed = extract_text(RUNS + "The Elm Vale Café was funded by the Hazel Trust.\n")
    assert ("Hazel Trust", "Rowan Garden Project") not in pairs(seed, "FUNDED")
