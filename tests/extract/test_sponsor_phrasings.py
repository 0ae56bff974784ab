"""Sponsors of a page's event in three more phrasings (rules/sponsors.py,
rules/event_sponsors.py, rules/organising.py): the sponsor noun before a copula
("This year's headline sponsor is Foo"), the sponsor named after a person's post
("Ada Foss, chief executive of headline sponsor Foo"), a second funder set beside
the sponsor ("..., with additional support from Bar"), and thanks for sponsoring
a part of the event ("for sponsoring the lunch")."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_EVENT = "Orrin Valley Carers Day 2032"
_HEAD = (
    "Orrin Valley Carers Day 2032\n"
    "The Orrin Valley Carers Day took place on 9 June at the Weir Rooms in Kelby.\n"
)


def _funders_of_event(sentence: str) -> set[str]:
    seed = extract_text(_HEAD + sentence + "\n")
    return {who for who, to in pairs(seed, "FUNDED") if to == _EVENT}


@pytest.mark.parametrize(
    ("sentence", "funders"),
    [
        ("This year's headline sponsor is Pellam Homes.", {"Pellam Homes"}),
        ("Our main sponsor was Tarrow Building Society.", {"Tarrow Building Society"}),
        ("Prizes were handed out by Jo Tern, managing director of headline sponsor Pellam Homes.",
         {"Pellam Homes"}),
        ("The main sponsor is Pellam Homes, with additional support from the Stanway Trust "
         "and Tarrow Building Society.",
         {"Pellam Homes", "Stanway Trust", "Tarrow Building Society"}),
        ("Thank you to Tarrow Building Society for sponsoring the lunch.",
         {"Tarrow Building Society"}),
        ("We thank Pellam Homes for sponsoring the refreshments.", {"Pellam Homes"}),
    ],
)  # fmt: skip
def test_a_sponsor_of_the_pages_event_funded_it(sentence, funders):
    assert _funders_of_event(sentence) == funders


def test_support_beside_the_sponsor_is_not_for_the_sponsor():
    seed = extract_text(
        _HEAD
        + "The headline sponsor is Pellam Homes, with further support from the Stanway Trust.\n"
    )
    assert ("Stanway Trust", "Pellam Homes") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "The main sponsor is keen to return next year, said Jo Tern of Pellam Homes.",
        "Jo Tern, a sponsor of the Kelby Food Bank, was among the guests.",
        "Thank you to Pellam Homes for sponsoring the Kelby Food Bank.",
    ],
)
def test_near_misses_fund_not_the_event(sentence):
    assert _funders_of_event(sentence) == set()


def test_a_sponsor_joined_to_a_verb_with_names_funded_its_subject():
    seed = extract_text(
        _HEAD + "The day is run with Kelby Town Council and the Orrin Trust, and is kindly "
        "sponsored by Pellam Homes.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Pellam Homes", _EVENT) in funded
    assert not {("Pellam Homes", "Kelby Town Council"), ("Pellam Homes", "Orrin Trust")} & funded


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Pantry\nA low-cost food club for families, based at St Luke's Church and "
        "supported by Kelby Food Bank and Tarrow Stores.\n",
        "Young Voices\nOur course for young people, delivered in partnership with Kelby Youth "
        "Forum and funded by the Orrin Youth Fund.\n",
    ],
)
def test_the_names_after_a_joined_verb_are_not_what_was_funded(text):
    funded = pairs(extract_text(text), "FUNDED")
    assert not {to for _, to in funded} & {"St Luke's Church", "Kelby Youth Forum"}


def test_a_named_subject_joined_by_and_keeps_its_funder():
    seed = extract_text(
        "The Kelby Pantry is hosted by St Luke's Church and funded by the Stanway Trust.\n"
    )
    assert ("Stanway Trust", "Kelby Pantry") in pairs(seed, "FUNDED")


_PANTRY = "Tern Street Pantry"
_PANTRY_HEAD = (
    "Tern Street Pantry opens a second site\n"
    "The Tern Street Pantry is a food project run by Fenby Churches Together in Fenby.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year the project received £30,000 from the Orrin Foundation.",
        "In 2031 the project received £30,000 from the Orrin Foundation's Food for All programme.",
        "The project has received £30,000 from the Orrin Foundation.",
    ],
)
def test_the_project_in_focus_received_the_money(sentence):
    funded = pairs(extract_text(_PANTRY_HEAD + sentence + "\n"), "FUNDED")
    assert ("Orrin Foundation", _PANTRY) in funded
    assert ("Orrin Foundation", "Food for All") not in funded


def test_a_common_noun_that_is_not_the_subject_is_not_the_grantee():
    seed = extract_text(
        _PANTRY_HEAD + "Volunteers said the project's vans received £2,000 of repairs from Fenby "
        "Motors last spring.\n"
    )
    assert ("Fenby Motors", _PANTRY) not in pairs(seed, "FUNDED")


_ALLIANCE_HEAD = (
    "Fenby charities form a housing alliance\n"
    "The Fenby Housing Alliance brings together three charities in Fenby.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The alliance has been set up with £90,000 from the Orrin Trust.",
        "The alliance was launched with £1.5 million from the Orrin Trust.",
    ],
)
def test_a_sum_from_a_funder_after_with_funded_the_body_referred_back_to(sentence):
    seed = extract_text(_ALLIANCE_HEAD + sentence + "\n")
    assert ("Orrin Trust", "Fenby Housing Alliance") in pairs(seed, "FUNDED")


def test_a_sum_without_with_is_not_read_as_funding_from():
    seed = extract_text(
        _ALLIANCE_HEAD + "The alliance paid £3,000 to hire rooms from the Orrin Trust.\n"
    )
    assert ("Orrin Trust", "Fenby Housing Alliance") not in pairs(seed, "FUNDED")


def test_a_report_written_by_people_and_funded_by_a_body_did_not_fund_the_writers():
    seed = extract_text(
        "Fenby Advice Network annual meeting\n"
        "Jo Tern presented the new report, *Counting the Cost: Advice in Fenby*. The report "
        "was written by Jo Tern and Ada Foss and funded by the Orrin Trust.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert not {to for _, to in funded} & {"Jo Tern", "Ada Foss", "Jo Tern and Ada Foss"}
