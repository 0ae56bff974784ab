"""Funding told in a second clause ("The fair was run with A, and was part-funded by
C"): C funded what the sentence opened on, never the name the first clause reads
after "with", "at" or "alongside" (rules/joined_openings.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

FAIR = (
    "Pellow Green Harvest Fair 2031\n\n"
    "The Pellow Green Harvest Fair 2031 took place in Tarnby on 4 October, organised by "
    "Pellow Green Residents' Association.\n"
)
CAFE = (
    "Tarnby Fix-It Café\n\n"
    "The Tarnby Fix-It Café is a monthly repair session set up in 2029 by Jo Tern.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fair was co-hosted with Kelby Youth Network and supported by a grant from "
        "the Orrin Foundation.",
        "The fair was run by Pellow Green Residents' Association with the charity Kelby "
        "Youth Network, and was part-funded by the Orrin Foundation.",
        "We organised the fair with Kelby Youth Network and the events team at Fenby "
        "Council, and it was sponsored by the Orrin Foundation.",
        "Kelby Youth Network lent the marquee, and the fair was supported by a grant from "
        "the Orrin Foundation.",
        "The fair is run by Kelby Youth Network, a volunteer-led charity, and this year was "
        "supported by the Orrin Foundation.",
    ],
)
def test_the_second_clause_s_funder_funded_what_the_sentence_opened_on(sentence):
    got = pairs(extract_text(FAIR + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Orrin Foundation", "Pellow Green Harvest Fair 2031") in got
    assert ("Orrin Foundation", "Kelby Youth Network") not in got
    assert ("Orrin Foundation", "Fenby Council") not in got


def test_the_noun_a_sentence_opens_on_refers_back_to_a_name_before():
    text = (
        CAFE + "The café now works alongside Kelby Men's Shed, whose members mend chairs, "
        "and has been supported by a £1,500 grant from the Orrin Foundation.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Orrin Foundation", "Tarnby Fix-It Café") in got
    assert ("Orrin Foundation", "Kelby Men's Shed") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # the name opens the sentence: it is what was funded
        "Kelby Youth Network works with schools in Tarnby and is funded by the Orrin Foundation.",
        # one clause, no "and": the name before the verb is what was funded
        "The fair's stalls were booked through Kelby Youth Network, which is funded by the "
        "Orrin Foundation.",
    ],
)
def test_a_name_the_sentence_opens_on_or_describes_keeps_its_funding(sentence):
    got = pairs(extract_text(FAIR + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Orrin Foundation", "Kelby Youth Network") in got
    assert ("Orrin Foundation", "Pellow Green Harvest Fair 2031") not in got


REPORT = (
    "New report: Empty Rooms\n\n"
    "On Tuesday evening around 60 people came to Tarnby Library for the launch of Empty "
    "Rooms, a new report on young people without a home in Tarnby.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was written by Ada Foss of the Centre for Place Research at Tarnby "
        "University, and published by Fenby Youth Shelter with funding from the Orrin "
        "Foundation.",
        "The findings come from Empty Rooms, a study by Fenby Youth Shelter and Tarnby "
        "University, funded by the Orrin Foundation.",
    ],
)
def test_money_after_a_doer_s_by_went_to_what_they_did(sentence):
    got = pairs(extract_text(REPORT + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Orrin Foundation", "Empty Rooms") in got
    assert ("Orrin Foundation", "Tarnby University") not in got
    assert ("Orrin Foundation", "Fenby Youth Shelter") not in got


def test_a_name_run_by_a_doer_is_not_funded_for_the_hall_another_gave():
    text = (
        "Kelby Night Shelter\n\n"
        "A new night shelter will open in Tarnby in January. It will be run by Fenby "
        "Churches Trust, in a building provided by Kelby Homes, with funding from Tarnby "
        "Council.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Tarnby Council", "Fenby Churches Trust") not in got
    assert ("Tarnby Council", "Kelby Homes") not in got


def test_a_programme_opening_a_sentence_is_what_its_commissioner_funded():
    text = (
        "Talk Together: speech support for under-fives in Tarnby\n\n"
        "Talk Together is a free programme for families in Tarnby. It is co-delivered by "
        "Tarnby Family Hubs and the charity Chatter Trust.\n"
        "Talk Together is commissioned by Fenby Borough Council.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Fenby Borough Council", "Talk Together") in got


def test_a_person_opening_a_sentence_is_never_funded():
    text = (
        "New coach for Tarnby Rovers\n\n"
        "Jo Tern is funded by Fenby Borough Council to coach at Tarnby Rovers.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert not any(dst == "Jo Tern" for _, dst in got)
