"""A hall named "... Exchange" ("the Corn Exchange", "the Wool Exchange") is a
venue, a place, though the recogniser reads a body; what is held there is in it."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_an_exchange_packed_by_guests_is_a_place():
    text = "Some 300 guests packed the Corn Exchange in Fenby for the Fenby Book Awards.\n"
    found = entities(text)
    assert ("Place", "Corn Exchange") in found
    assert ("Organisation", "Corn Exchange") not in found
    assert ("Fenby Book Awards", "Corn Exchange") in located(text)


def test_people_came_through_the_doors_of_an_exchange():
    text = "Over 200 people came through the doors of the Cloth Exchange, and 40 joined online.\n"
    assert ("Place", "Cloth Exchange") in entities(text)
