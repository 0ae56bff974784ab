"""A town set off after a body's name on a line of a grant or award list ("Foo
Café, Kelby – £900", "Group of the Year: Foo Café, Kelby") is a place, and the
body is LOCATED_IN it (mentions/address_towns.py, rules/place_arcs.py)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_a_town_before_a_colon_and_sum_places_the_grantee():
    text = (
        "Winter grants\n\nThe Kelby Foundation has awarded six winter grants.\n\n"
        "• Jo Tern Café, Pelbury: £900 for a new oven.\n"
        "• Fenby Lunch Club: £700 for a minibus.\n"
    )
    assert ("Place", "Pelbury") in entities(text)
    assert ("Organisation", "Pelbury") not in entities(text)
    assert ("Jo Tern Café", "Pelbury") in located(text)


def test_a_town_before_a_hyphen_and_sum_places_the_grantee():
    text = (
        "Grants made\n\nThe Kelby Foundation has announced its latest grants.\n\n"
        "- Kelby Youth Project, Dunstow - £1,500 for a Friday drop-in\n"
        "- Fenby Men's Group - £800 for tools\n"
    )
    assert ("Kelby Youth Project", "Dunstow") in located(text)


def test_a_person_and_their_town_on_an_award_line_makes_no_tie():
    text = (
        "Awards night\n\nThe Kelby Awards were presented on Friday.\n\n"
        "- Volunteer of the Year: Ada Foss, Dunstow\n"
    )
    assert not {pair for pair in located(text) if pair[0] == "Ada Foss"}
