"""Streets named in passing ("a new hub on Mill Lane") are places, not people
named Lane; a person whose surname is a street word stays a person."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    "text",
    [
        "The Westfield Food Bank opened a new hub on Mill Lane last week.",
        "Kelby Trust runs a drop-in on Quarry Lane every Friday.",
        "Volunteers from Fenby Pantry cleared the verges along Beck Road.",
    ],
)
def test_a_street_named_in_passing_is_no_person(text):
    assert not [n for t, n in entities(text) if t == "Person"]


def test_a_street_named_as_a_hubs_address_is_a_place():
    found = entities("The Westfield Food Bank opened a new hub on Mill Lane last week.")
    assert ("Place", "Mill Lane") in found


def test_a_person_with_a_street_word_for_a_surname_stays_a_person():
    found = entities("Jane Lane, chief executive of Kelby Trust, said the hub would help.")
    assert ("Person", "Jane Lane") in found
