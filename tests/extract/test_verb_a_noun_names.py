"""A hyphened "verb-a-noun" name ("Fenby Dial-a-Ride", "Kelby Rent-a-Bike") is a body
or service: no person, and its last word ("Ride") names no event."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs, typed


def test_a_dial_a_ride_service_is_a_body_not_an_event():
    seed = extract_text(
        "New bus for Fenby Dial-a-Ride after lottery win\n\n"
        "Fenby Dial-a-Ride has bought a new accessible bus. Its manager, Ada Foss, "
        "thanked the drivers.\n"
    )
    assert events(seed) == []
    assert ("Ada Foss", "Fenby Dial-a-Ride") in pairs(seed, "WORKS_FOR")


def test_a_rent_a_bike_scheme_is_no_person():
    text = "Kelby Rent-a-Bike said the new docks at Tern Square open on Monday.\n"
    assert "Person" not in typed(text, "Kelby Rent-a-Bike")


def test_a_hyphened_ride_that_is_an_event_keeps_its_name():
    seed = extract_text(
        "Record entry for the Fenby Bike Ride\n\n"
        "More than 400 riders took part in the Fenby Bike Ride on Sunday 6 June 2027, "
        "organised by Kelby Cycling Club.\n"
    )
    assert "Fenby Bike Ride" in {e["name"] for e in events(seed)}
