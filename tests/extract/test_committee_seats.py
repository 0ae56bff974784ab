"""Seats taken by election or by joining a committee or board named by its words
only ("Jo Tern and Sam Reed were elected to the committee", "Ada Foss joins the
steering group"): MEMBER_OF at the page's own body, in the seat's role
(rules/committee_seats.py). Near misses give nothing. All names and sentences made
up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_AGM = (
    "Kelby Allotment Society AGM 2025\n\n"
    "Kelby Allotment Society held its annual general meeting on 4 April at the Mill "
    "Room. Our chair, Ada Foss, opened the meeting.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "people", "role"),
    [
        (
            "Jo Tern and Lina Marsh were elected to the committee, and Ada Foss was "
            "re-elected as chair.",
            ["Jo Tern", "Lina Marsh"],
            "committee member",
        ),
        ("Sam Reed was co-opted onto the committee in June.", ["Sam Reed"], "committee member"),
        (
            "Pat Wold was elected as treasurer and Ben Lark joins the committee as the "
            "representative of Fenby WI.",
            ["Ben Lark"],
            "committee member",
        ),
        (
            "Members elected Rosa Dunn and Tom Ives to the steering group. Rosa Dunn and Tom "
            "Ives were elected to the steering group last year.",
            ["Rosa Dunn", "Tom Ives"],
            "steering group member",
        ),
    ],
)
def test_people_elected_to_the_committee_sit_at_the_pages_body(sentence, people, role):
    seed = extract_text(_AGM + sentence + "\n", path="page.txt")
    seats = with_roles(seed, "MEMBER_OF")
    for person in people:
        assert (person, "Kelby Allotment Society", role) in seats


@pytest.mark.parametrize(
    "sentence",
    [
        # a meeting of the committee, not a seat on it
        "Jo Tern and Lina Marsh joined the committee meeting in May.",
        # not elected
        "Jo Tern was not elected to the committee this year.",
        # no person takes the seat
        "Two places were elected to the committee by lot.",
    ],
)
def test_no_seat_from_near_misses(sentence):
    seed = extract_text(_AGM + sentence + "\n", path="page.txt")
    got = pairs(seed, "MEMBER_OF")
    assert ("Jo Tern", "Kelby Allotment Society") not in got
    assert ("Lina Marsh", "Kelby Allotment Society") not in got


def test_a_committee_of_a_named_body_is_not_the_pages():
    seed = extract_text(
        _AGM + "Jo Tern was elected to the committee of Fenby Trust in May.\n", path="page.txt"
    )
    assert ("Jo Tern", "Kelby Allotment Society") not in pairs(seed, "MEMBER_OF")


def test_joining_the_board_is_a_seat_at_the_body_the_board_is_of():
    seed = extract_text(
        "Fenby Housing news\n\nFenby Housing has made two appointments. Dr Ada Foss joins "
        "the board as an independent member from 1 June.\n",
        path="page.txt",
    )
    assert ("Ada Foss", "Fenby Housing") in pairs(seed, "MEMBER_OF")
