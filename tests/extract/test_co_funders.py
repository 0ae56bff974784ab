"""Funding shared with a body named after "with" ("we co-fund the Foo Project with
Bar"): Bar funded the project too and is no grantee (rules/co_funders.py); and
costs met by a funder ("Our core costs are met by Foo"): Foo funded whose costs
they are (rules/met_costs.py); a category's sponsor ("Volunteer of the Year
(sponsored by Foo)") funds the awards (rules/category_sponsors.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

TRUST = "Quillon Trust\n\nThe Quillon Trust is a grant-maker for Drumbleby and its villages.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "We co-fund the Yarrowfen Debt Advice Service with the Wickmoor Foundation.",
        "Our largest commitment is the Yarrowfen Debt Advice Service, which we fund "
        "jointly with the Wickmoor Foundation.",
    ],
)
def test_a_co_funder_after_with_funds_what_was_funded(sentence):
    got = pairs(extract_text(TRUST + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Wickmoor Foundation", "Yarrowfen Debt Advice Service") in got
    assert ("Quillon Trust", "Yarrowfen Debt Advice Service") in got
    assert ("Quillon Trust", "Wickmoor Foundation") not in got


def test_a_passive_co_funding_with_a_body():
    text = (
        "Drumbleby Arts Society\n\n"
        "The Drumbleby Lantern Parade 2031 was co-funded with Tapsworth Town Council.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Tapsworth Town Council", "Drumbleby Lantern Parade 2031") in got


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        (
            "Our core costs are met by the Wickmoor Foundation and Tapsworth Town Council.",
            "Yarrowfen Food Alliance",
        ),
        (
            "The Alliance's running costs are covered by the Wickmoor Foundation and "
            "Tapsworth Town Council.",
            "Yarrowfen Food Alliance",
        ),
    ],
)
def test_costs_met_by_funders(sentence, owner):
    text = (
        "Yarrowfen Food Alliance\n\n"
        "Yarrowfen Food Alliance links the pantries of Drumbleby.\n" + sentence + "\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Wickmoor Foundation", owner) in got
    assert ("Tapsworth Town Council", owner) in got


def test_costs_with_no_owner_fund_nobody():
    text = (
        "Yarrowfen Food Alliance\n\n"
        "Yarrowfen Food Alliance links the pantries of Drumbleby.\n"
        "Legal costs were met by the Wickmoor Foundation.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert not any(src == "Wickmoor Foundation" for src, _dst in got)


def test_a_category_sponsor_funds_the_awards():
    text = (
        "Drumbleby Community Awards 2031: the shortlist\n\n"
        "Velmsby Arts Trust has announced the shortlist for the Drumbleby Community Awards "
        "2031, to be presented at Drumbleby Town Hall on 4 March.\n\n"
        "Young Volunteer of the Year (sponsored by Quill Motors)\n"
        "- Yarrowfen Bike Club\n"
        "- Wickmoor Youth Choir\n\n"
        "Group of the Year - Sponsored by the Velmsby Lane Bakery\n"
        "- Drumbleby Repair Café\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Quill Motors", "Drumbleby Community Awards 2031") in got
    assert ("Velmsby Lane Bakery", "Drumbleby Community Awards 2031") in got
