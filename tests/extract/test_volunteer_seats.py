"""Volunteers: a person said to volunteer with a body ("Jo Tern, a volunteer with
Kelby Men's Shed", "who has volunteered at Fenby Foodbank") or, in a sentence
naming volunteers, to have driven or helped for it ("Volunteer of the Year went to
Ada Foss, who has driven for Kelby Community Transport since 1998") is MEMBER_OF
it, role volunteer (rules/volunteer_seats.py). Near misses give nothing. All names
and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_NEWS = "Kelby news\n\n"


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        (
            "Speakers included Jo Tern, a volunteer with the Kelby Men's Shed, who "
            "talked about the shed's garden.",
            "Jo Tern",
            "Kelby Men's Shed",
        ),
        (
            "Ben Lark, a long-standing volunteer at Fenby Foodbank, said the new van would help.",
            "Ben Lark",
            "Fenby Foodbank",
        ),
        (
            "Long Service - Pat Wold, who has volunteered with Kelby League of Friends "
            "for 30 years",
            "Pat Wold",
            "Kelby League of Friends",
        ),
        (
            "Volunteer of the Year went to Sam Reed, who has driven for Kelby Community "
            "Transport since 1998.",
            "Sam Reed",
            "Kelby Community Transport",
        ),
        (
            "The volunteers' award went to Lina Marsh, 80, who has helped at Fenby "
            "Foodbank every Tuesday since it opened.",
            "Lina Marsh",
            "Fenby Foodbank",
        ),
    ],
)
def test_a_volunteer_is_a_member_of_the_body(sentence, person, body):
    seed = extract_text(_NEWS + sentence + "\n", path="page.txt")
    assert (person, body, "volunteer") in with_roles(seed, "MEMBER_OF")


@pytest.mark.parametrize(
    ("sentence", "person", "body"),
    [
        # a job with volunteers, not a volunteer's seat
        (
            "Jo Tern, volunteer coordinator at Fenby Foodbank, thanked everyone.",
            "Jo Tern",
            "Fenby Foodbank",
        ),
        # no volunteers named: helping is not a seat
        (
            "Sam Reed, who has helped at Fenby Foodbank this winter, spoke first.",
            "Sam Reed",
            "Fenby Foodbank",
        ),
        # volunteers from a body thanked by a person
        (
            "Ada Foss thanked the volunteers from Kelby Scouts for their help.",
            "Ada Foss",
            "Kelby Scouts",
        ),
        # a councillor's years of service, in a sentence about volunteers
        (
            "Volunteers cheered Cllr Pat Wold, who has served for Fenby Borough Council "
            "since 2010.",
            "Pat Wold",
            "Fenby Borough Council",
        ),
    ],
)
def test_no_volunteer_seat_from_near_misses(sentence, person, body):
    seed = extract_text(_NEWS + sentence + "\n", path="page.txt")
    assert (person, body, "volunteer") not in with_roles(seed, "MEMBER_OF")
    if "coordinator" not in sentence:
        assert (person, body) not in pairs(seed, "MEMBER_OF")
