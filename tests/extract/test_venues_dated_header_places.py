"""A venue written after a date or a time on an event's or a meeting's header line
("Tuesday 4 March 2025, 7pm, Dale Community Centre") is a place, whatever body's
word ends its name (mentions/dated_venues.py). Made-up names."""

from __future__ import annotations

import pytest

from tests.extract.reading import types_of


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Fenby Residents' Forum - notes of meeting\n\n"
            "Tuesday 4 March 2025, 7pm, Westgate Community Centre\n\n"
            "Chair: Ada Foss. Ten residents attended.\n",
            "Westgate Community Centre",
        ),
        (
            "Kelby Spring Gathering: what happened\n\n"
            "Saturday 29 March, Kelby Quaker Meeting House\n\n"
            "Nearly ninety people came to the gathering run by Kelby Voluntary Action.\n",
            "Kelby Quaker Meeting House",
        ),
        (
            "Dates for your diary\n\n"
            "Faith Leaders Breakfast: 29 November, 2pm, Dalby Methodist Church - with a "
            "guest speaker from Fenby Interfaith.\n",
            "Dalby Methodist Church",
        ),
    ],
)
def test_venue_after_a_date_is_a_place(text: str, venue: str) -> None:
    assert types_of(text).get(venue) == "Place"


def test_body_acting_after_a_date_is_not_made_a_venue() -> None:
    text = (
        "News in brief\n\n"
        "On 3 May, Kelby Carers Centre announced a new helpline for carers in Fenby.\n"
    )
    assert types_of(text).get("Kelby Carers Centre") != "Place"
