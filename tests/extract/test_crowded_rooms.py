"""Where people crowded in for an occasion: "squeezed into Y Hall for the Foo
Hackathon" places the event at Y Hall (rules/crowded_rooms.py, event_venues)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_people_squeezed_into_a_room_at_a_library_for_a_named_event():
    text = (
        "Our hackathon\n\nFor 24 hours on 28 February, 50 coders and residents squeezed "
        "into the Workshop at Fenby Central Library for Move Fenby, our first transport "
        "hackathon.\n"
    )
    assert ("Move Fenby", "Fenby Central Library") in located(text)


def test_residents_crowded_into_a_centre_for_a_meeting_make_it_a_venue():
    text = (
        "Public meeting\n\nMore than 150 residents crowded into Marlow Green Community "
        "Centre on Monday evening for a public meeting about the estate.\n"
    )
    assert ("Place", "Marlow Green Community Centre") in entities(text)


def test_crowding_in_for_no_occasion_places_nothing():
    text = (
        "News\n\nVolunteers crowded into the Tarn Hub to hear the news from Kelby Aid. "
        "The Kelby Quiz Night is next month.\n"
    )
    assert not {w for _, w in located(text)} & {"Tarn Hub"}


def test_a_crowding_verb_with_an_object_still_fills_the_place():
    text = "Tree walk\n\nWalkers packed Dunmarsh Park on Sunday for the Kelby Tree Walk.\n"
    assert ("Kelby Tree Walk", "Dunmarsh Park") in located(text)
