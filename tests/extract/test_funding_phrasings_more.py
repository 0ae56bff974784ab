"""Funding worded as support "with" a grant, a grant "made" or money "allocated",
"announced" or "made available", money "through" a body's own programme, a
donation that "boosted" or funding "benefited" a body, thanks for a grant
(rules/organising.py, grants.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation is supporting Tern Trust with a grant of £5,000.",
        "The Heron Foundation has supported Tern Trust with £20,000.",
        "The Heron Foundation is backing Tern Trust with £20,000.",
        "The Heron Foundation has backed Tern Trust with a £20,000 grant.",
        "The Heron Foundation has made a grant of £5,000 to Tern Trust.",
        "The Heron Foundation has made an award of £5,000 to Tern Trust.",
        "The Heron Foundation has allocated £5,000 to Tern Trust.",
        "The Heron Foundation has made £5,000 available to Tern Trust.",
        "The Heron Foundation has announced grants for Tern Trust.",
        "The Heron Foundation has announced £5,000 of funding for Tern Trust.",
        "The Heron Foundation has announced new funding of £5,000 for Tern Trust.",
        "The Heron Foundation has allocated £5,000 for new kit to Tern Trust.",
        "Tern Trust has been funded through the Heron Foundation's Snug Rooms programme.",
        "Tern Trust has received £5,000 through the Heron Foundation's Snug Rooms programme.",
        "Tern Trust has been boosted by a donation of £5,000 from the Heron Foundation.",
        "Tern Trust has benefited from Heron Foundation funding.",
        "Tern Trust would like to thank the Heron Foundation for its grant.",
        "Tern Trust would like to thank the Heron Foundation for its generous grant of £5,000.",
    ],
)
def test_a_funding_phrasing_ties_the_funder_to_the_grantee(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Tern Trust") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation is supporting Tern Trust with volunteers and advice.",
        "The Heron Foundation made a presentation to Tern Trust.",
        "The Heron Foundation announced a partnership with Tern Trust.",
        "Tern Trust would like to thank the Heron Foundation for its support.",
        "Tern Trust would like to thank the Heron Foundation for funding the Kelby Festival.",
    ],
)
def test_support_advice_or_thanks_without_money_fund_nothing(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Tern Trust") not in pairs(seed, "FUNDED")


def test_the_programme_a_body_runs_is_not_taken_for_the_funder():
    seed = extract_text(
        "Tern Trust has been funded through the Heron Foundation's Snug Rooms programme.\n"
    )
    assert ("Snug Rooms", "Tern Trust") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "opening",
    [
        "Kelby Town Council has previously supported local groups with funding through its "
        "community scheme.",
        "The Heron Trust backs many small charities with grants every year.",
    ],
)
def test_a_body_backing_groups_it_does_not_name_is_the_funder_in_view(opening):
    text = opening + "\n\nProjects supported this year include Tern Trust and Plover Arts.\n"
    funded = pairs(extract_text(text, path="page.txt"), "FUNDED")
    funder = "Kelby Town Council" if "Kelby" in opening else "Heron Trust"
    assert {(funder, "Tern Trust"), (funder, "Plover Arts")} <= funded


def test_a_body_backing_groups_with_anything_but_money_is_no_funder_in_view():
    text = (
        "The Heron Trust has supported local groups with volunteers for years.\n\n"
        "Projects supported this year include Tern Trust and Plover Arts.\n"
    )
    assert not pairs(extract_text(text, path="page.txt"), "FUNDED")
