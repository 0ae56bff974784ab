"""Funding worded as a sponsor, a double-object award, a grant list's lines, a
grantee "It" (rules/sponsors.py, grant_lists.py, organising.py, grants.py).
Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import evidence, pairs

EVENT = (
    "# Tenant Voices Conference 2031\n\nThe Tenant Voices Conference 2031 took place in Leeds.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Speakers from Circle Homes, the headline sponsor of the conference, praised tenants.",
        "Circle Homes, this year's main sponsor, opened the day.",
        "Circle Homes sponsored the Tenant Voices Conference 2031.",
        "The day was kindly sponsored again this year by Circle Homes.",
        "Circle Homes was the official sponsor of the Tenant Voices Conference 2031.",
    ],
)
def test_a_sponsor_of_the_event_funded_it(sentence):
    seed = extract_text(EVENT + sentence + "\n")
    assert ("Circle Homes", "Tenant Voices Conference 2031") in pairs(seed, "FUNDED")


def test_a_main_funder_of_a_named_project_funded_it():
    seed = extract_text("The Heron Foundation is the main funder of the Skylark Project.\n")
    assert ("Heron Foundation", "Skylark Project") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "text",
    [
        "The Heron Foundation awarded Tern Trust a grant of £5,000.",
        "The Heron Foundation has given Tern Trust £20,000 to open a carers' cafe.",
        "Thanks to a £20,000 grant from the Heron Foundation, Tern Trust will open a cafe.",
        "Tern Trust helps carers. It will receive an award of £20,000 from the Heron Foundation.",
    ],
)
def test_a_grant_worded_many_ways_is_funding(text):
    seed = extract_text(text + "\n")
    assert ("Heron Foundation", "Tern Trust") in pairs(seed, "FUNDED")


def test_each_grantee_of_a_grant_announcement_is_funded_by_its_funder():
    seed = extract_text(
        "# Groups across Wales share £1.2 million\n\n"
        "Forty community groups across Wales will share £1.2 million from the Heron "
        "Foundation.\n\n"
        "Among them is Tern Trust in Bangor, which receives £10,000 to run a lunch club.\n\n"
        "Wren Homes in Cardiff gets £5,000 for a community garden.\n\n"
        "Plover Arts will use its £8,500 grant to put on a festival in Wrexham.\n\n"
        "Alder Care, Newport: £7,000 to train volunteers.\n\n"
        "Birch Friends (Rhyl) - £3,000 towards a minibus.\n"
    )
    funded = pairs(seed, "FUNDED")
    grantees = {"Tern Trust", "Wren Homes", "Plover Arts", "Alder Care", "Birch Friends"}
    assert {("Heron Foundation", g) for g in grantees} <= funded
    assert evidence(seed, "Heron Foundation", "Alder Care").startswith("Alder Care, Newport")


def test_a_funder_named_as_a_speaker_only_funds_nothing():
    seed = extract_text(
        EVENT + "Circle Homes spoke about its tenants. The sponsor of the day was not named.\n"
    )
    assert not pairs(seed, "FUNDED")


def test_the_supporters_of_the_work_do_not_fund_each_other():
    seed = extract_text(
        "Supported by the Westshire Care Association and Kelby NHS Foundation Trust, hospices "
        "and hospice care providers will share staff.\n"
    )
    assert not pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Makers Week 2024 took place in Dalby in May.\n\n"
        "The week was funded by the Heron Foundation.\n",
        "Kelby Makers Week 2024 took place in Dalby in May.\n\n"
        "The whole week was sponsored by the Heron Foundation.\n",
    ],
)
def test_the_event_in_focus_named_by_an_event_word_is_what_was_funded(text):
    assert ("Heron Foundation", "Kelby Makers Week 2024") in pairs(extract_text(text), "FUNDED")


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Makers Week 2024 took place in Dalby in May.\n\n"
        "The work was funded by the Heron Foundation.\n",
        "Kelby Makers Week 2024 took place in Dalby in May.\n\n"
        "The new roof was paid for by the Heron Foundation.\n",
    ],
)
def test_other_things_funded_are_not_the_event_in_focus(text):
    assert ("Heron Foundation", "Kelby Makers Week 2024") not in pairs(extract_text(text), "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "With funding secured from Westshire CVS and the Dalby Trust, Northtown Rovers will"
        " offer three sessions for children.",
        "Thanks to a grant received from Westshire CVS and the Dalby Trust, Northtown Rovers"
        " will run a summer camp.",
    ],
)
def test_money_got_from_funders_before_the_body_that_got_it(sentence):
    seed = extract_text(sentence + "\n")
    assert {("Westshire CVS", "Northtown Rovers"), ("Dalby Trust", "Northtown Rovers")} <= pairs(
        seed, "FUNDED"
    )


@pytest.mark.parametrize(
    "sentence, funded",
    [
        (
            "The Kelby Youth Project, run by Alder Trust, has support from the Cedar Foundation.",
            {("Cedar Foundation", "Kelby Youth Project")},
        ),
        (
            "Developed jointly by Alder Trust and the Birch Network, with valuable support from "
            "the Cedar Foundation, the new map is online.",
            set(),
        ),
    ],
)
def test_who_a_by_phrase_names_is_no_target_of_funding_from(sentence, funded):
    seed = extract_text("News\n\n" + sentence + "\n")
    assert pairs(seed, "FUNDED") == funded


def test_a_grant_list_line_opening_with_the_sum_names_a_grantee():
    seed = extract_text(
        "News\n\nKelby Lottery funding backs four projects.\n\nThe projects backed are:\n\n"
        "£4.2m: Alder Trust’s Westshire Wildlife project\n\n"
        "£636,600: Birch Sailing Trust’s Community Boats project\n\n"
        "£2.7m: Cedar Revival CIC’s Fenby regeneration\n\n"
        "£500 - Damson Youth Club\n"
    )
    assert pairs(seed, "FUNDED") == {
        ("Kelby Lottery", "Westshire Wildlife"),
        ("Kelby Lottery", "Community Boats"),
        ("Kelby Lottery", "Cedar Revival CIC"),
        ("Kelby Lottery", "Damson Youth Club"),
    }


def test_a_line_opening_with_a_sum_and_no_name_funds_nothing():
    seed = extract_text(
        "News\n\nKelby Lottery funding backs projects.\n\n£4.2m: a record for the county\n"
    )
    assert pairs(seed, "FUNDED") == set()
