"""A street whose last word ends other names too ("Row", "Yard", "Way") is a place
where an address puts it: after "on" or a house number (mentions/street_joins.py),
and a town set after it with a comma is a place (mentions/address_towns.py)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_a_row_after_on_is_a_street_and_the_town_after_it_a_place():
    text = (
        "Pantry opens\n\nA new food pantry opened this week in the old bank on Tallow Row, "
        "Brindham. It is run by Brindham Neighbours.\n"
    )
    found = entities(text)
    assert ("Place", "Tallow Row") in found
    assert ("Organisation", "Tallow Row") not in found
    assert ("Place", "Brindham") in found


def test_a_yard_after_a_house_number_is_a_street():
    text = "Contact us\n\nRegistered office: 7 Ropers Yard, Quillby.\n"
    found = entities(text)
    assert ("Place", "Ropers Yard") in found
    assert ("Place", "Quillby") in found


def test_a_way_after_on_places_the_club_that_trains_there():
    text = (
        "Club news\n\nOrwell Vale Boxing Club trains forty young people a week in a "
        "converted garage on Strawick Way.\n"
    )
    assert ("Place", "Strawick Way") in entities(text)
    assert ("Orwell Vale Boxing Club", "Strawick Way") in located(text)


def test_a_parade_that_is_an_occasion_stays_an_event():
    text = (
        "Lanterns\n\nThe Brindham Lantern Parade set off from the market at dusk, led "
        "by Brindham Samba Band.\n"
    )
    found = entities(text)
    assert ("Place", "Brindham Lantern Parade") not in found
