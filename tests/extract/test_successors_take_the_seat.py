"""A successor named with no post of their own takes the seat the one before them
held: "Jo Tern steps down as treasurer; Ada Foss takes over", "Ada Foss was
elected in her place", "Jo Tern hands over to Ada Foss", "was replaced by Ada Foss"."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_PAGE = (
    "Pimlott Allotment Society\nNews, May 2026\n\n"
    "Thanks to all who came to the AGM. Our chair, Anne Rendall, opened the meeting.\n\n{}\n"
)
_CLUB = "Pimlott Allotment Society"


@pytest.mark.parametrize(
    "told",
    [
        "Claire Benning steps down as treasurer after ten years; Peter Lumsden takes over.",
        "After eight years as treasurer, Claire Benning is stepping down. "
        "Peter Lumsden has agreed to take over.",
        "Claire Benning stood down as treasurer. Peter Lumsden was elected in her place.",
        "After many years as our treasurer, Claire Benning is handing over to Peter Lumsden.",
        "Claire Benning stepped down as treasurer in May and was replaced by Peter Lumsden.",
    ],
)
def test_the_successor_holds_the_seat_given_up(told):
    found = posts(extract_text(_PAGE.format(told)))
    assert ("Claire Benning", "MEMBER_OF", _CLUB, "treasurer") in found
    assert ("Peter Lumsden", "MEMBER_OF", _CLUB, "treasurer") in found


def test_a_job_given_up_is_no_seat_to_take_over():
    told = "Claire Benning retired as manager of the club's café and was replaced by Peter Lumsden."
    found = posts(extract_text(_PAGE.format(told)))
    assert not any(who == "Peter Lumsden" and kind == "MEMBER_OF" for who, kind, _, _ in found)


def test_taking_over_a_thing_is_no_seat():
    told = (
        "Claire Benning stood down as treasurer at the AGM. "
        "Peter Lumsden will take over the booking of coaches."
    )
    found = posts(extract_text(_PAGE.format(told)))
    assert ("Claire Benning", "MEMBER_OF", _CLUB, "treasurer") in found
    assert not any(who == "Peter Lumsden" for who, _, _, _ in found)


def test_leaving_the_board_names_no_office_to_take_over():
    told = (
        "Thank you to Claire Benning, who has stepped down from the board. "
        "Peter Lumsden, a retired surveyor, takes over."
    )
    found = posts(extract_text(_PAGE.format(told)))
    assert not any(who == "Peter Lumsden" and kind == "MEMBER_OF" for who, kind, _, _ in found)
