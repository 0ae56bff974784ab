"""Bare names listed after people of a place and "from" ("young people from
Dalbury, Quenby and Wimble") are places, as after "in"; after bodies'
delegates ("representatives from A, B and C") they are not made places."""

from __future__ import annotations

from tests.extract.reading import entities


def test_people_from_a_list_of_towns():
    text = (
        "Forum news\n\nYoung people from Dalbury, Kestor and Wimble met at Hollin Youth "
        "Centre on Saturday for the Brindle Youth Forum.\n"
    )
    found = entities(text)
    assert {("Place", "Kestor"), ("Place", "Wimble")} <= found


def test_representatives_from_a_list_are_not_made_places():
    text = (
        "Forum news\n\nRepresentatives from Brindle, Kestor and Wimble met at Hollin Youth "
        "Centre on Saturday for the Brindle Youth Forum.\n"
    )
    assert ("Place", "Kestor") not in entities(text)
