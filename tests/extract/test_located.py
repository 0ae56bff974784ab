"""Where bodies and events are: a body's shop or base set off by a comma or
named for a street, its "X-based facility", the bodies it works with across a
place, and an event that people gathered somewhere to mark."""

from __future__ import annotations

from tests.extract.reading import located


def test_a_body_shop_set_off_by_a_comma_is_in_the_town():
    found = located(
        "Tern Trust opens new shop\n\n"
        "Jane Doe visited the local Tern Trust shop, in Kelmouth, on Friday.\n"
    )
    assert ("Tern Trust", "Kelmouth") in found


def test_the_body_base_on_a_named_street_is_in_the_town():
    found = located(
        "Tern Trust opens new base\n\n"
        "Tern Trust has moved. Jane Doe met volunteers at the trust's Alder Road base "
        "in Westford.\n"
    )
    assert ("Tern Trust", "Westford") in found


def test_people_gathered_in_a_town_to_celebrate_a_named_event():
    found = located(
        "Kelby Volunteer Awards 2031\n\n"
        "Last Thursday, leaders from the voluntary sector gathered in Westford to "
        "celebrate the Kelby Volunteer Awards 2031.\n"
    )
    assert ("Kelby Volunteer Awards 2031", "Westford") in found


def test_a_body_working_with_organisations_across_a_place_is_there():
    found = located(
        "Tern Trust wins grant\n\n"
        "Tern Trust works with voluntary organisations across Westshire to improve "
        "health.\n"
    )
    assert ("Tern Trust", "Westshire") in found


def test_a_place_based_facility_after_a_visit_is_the_body_visited():
    found = located(
        "MSP visits Tern Volunteer Centre\n\n"
        "Jane Doe MSP visited Tern Volunteer Centre on Friday. The comments follow "
        "Jane Doe's visit to the Westford-based facility.\n"
    )
    assert ("Tern Volunteer Centre", "Westford") in found
