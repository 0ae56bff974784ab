"""A venue named with the street it stands on ("the Kelby Hall on Fenby Road") is two
places, the venue and the street, and what is held there is in both."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_venue_on_street_is_two_places():
    text = "The Kelby Food Summit was held at the Kelby Hall on Fenby Road on Friday.\n"
    found = entities(text)
    assert ("Place", "Kelby Hall") in found
    assert ("Place", "Fenby Road") in found
    assert ("Place", "Kelby Hall on Fenby Road") not in found


def test_event_at_venue_on_street_is_in_both():
    text = "The summit, at Jo Tern Hall on Fenby Street, was organised by Kelby Council.\n"
    ties = located(text)
    assert ("Summit", "Jo Tern Hall") in ties
    assert ("Summit", "Fenby Street") in ties


def test_town_on_a_river_stays_one_place():
    text = "The Kelby Trust runs a food bank in Bradford on Avon.\n"
    assert ("Place", "Bradford on Avon") in entities(text)
