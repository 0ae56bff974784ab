"""A room named only by what it is ("Committee Room 2", "the Council Chamber",
"the Main Hall") is no place of its own: the venue it is in is where the meeting
was (listed_entities.py, vocab/place_generic_rooms.txt). A room with a name of its
own ("the Ulwyn Room") is a place."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, located

_MINUTES = (
    "Ambleford Health and Wellbeing Board\n"
    "Minutes of the meeting held on 14 March 2024\n"
    "Venue: {venue}\n\n"
    "Present: Cllr Kit Vosper (Chair), Ambleford Borough Council; Ned Vosper, Ambleford Bikes.\n"
)


@pytest.mark.parametrize(
    "venue",
    ["Committee Room 2, Ambleford Civic Centre", "Council Chamber, Ambleford Civic Centre"],
)
def test_a_meeting_in_a_room_of_a_venue_is_located_in_the_venue_only(venue):
    text = _MINUTES.format(venue=venue)
    pairs = located(text)
    assert ("Ambleford Health and Wellbeing Board meeting", "Ambleford Civic Centre") in pairs
    assert not any(place.startswith(("Committee Room", "Council Chamber")) for _, place in pairs)
    assert not any(
        kind == "Place" and name.startswith(("Committee Room", "Council Chamber"))
        for kind, name in entities(text)
    )


def test_a_room_with_a_name_of_its_own_is_a_place():
    found = entities("Parish news\n\nThe parish council met in the Ulwyn Room on Monday.\n")
    assert ("Place", "Ulwyn Room") in found
