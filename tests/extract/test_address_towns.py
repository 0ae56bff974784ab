"""A town written after a venue or a street, a comma between, is a place, not the
short form of a body named after it nor a person (mentions/address_towns.py)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_a_town_after_a_church_is_a_place_not_the_institute_named_for_it():
    text = (
        "Harvest supper\n\nThe harvest supper at St Luke's Church, Ashby Tarn raised £400 "
        "for Tarn Valley Food Bank. Ashby Tarn Women's Institute ran the kitchen.\n"
    )
    assert ("Place", "Ashby Tarn") in entities(text)
    assert ("Harvest supper", "Ashby Tarn") in located(text)


def test_a_town_after_a_street_places_the_body_whose_shop_is_there():
    text = (
        "Volunteer news\n\nGloria has volunteered at Fernlea Hospice's shop on Mill Road, "
        "Fernlea, for six years.\n"
    )
    assert ("Place", "Fernlea") in entities(text)
    assert ("Fernlea Hospice", "Fernlea") in located(text)


def test_a_town_after_a_house_number_and_street_is_kept():
    text = (
        "Winter news\n\nOrrin Aid supports unpaid carers. Our main office is at 22 "
        "Ropewalk, Brightmoor.\n"
    )
    assert ("Place", "Brightmoor") in entities(text)


def test_a_town_after_a_hall_is_not_taken_for_a_person():
    text = "Open day\n\nThe open day is at Kelby Hall, Dunmarsh, on Saturday 4 May.\n"
    found = entities(text)
    assert ("Place", "Dunmarsh") in found
    assert ("Person", "Dunmarsh") not in found


def test_bodies_listed_after_a_hall_stay_bodies():
    text = (
        "Thank you\n\nThe fair was sponsored by Kelby Hall, Fenby Foods and Marlow "
        "Building Society.\n"
    )
    found = entities(text)
    assert ("Place", "Fenby Foods") not in found
    assert ("Place", "Marlow Building Society") not in found


def test_a_person_named_after_a_venue_stays_a_person():
    text = (
        "Thanks\n\nOur thanks go to the staff of Kelby Library, Ada Brook and Jo Tern for "
        "their help.\n"
    )
    found = entities(text)
    assert ("Person", "Ada Brook") in found
    assert ("Place", "Ada Brook") not in found


def test_a_church_given_its_town_is_a_venue_not_a_body():
    text = (
        "Warm spaces\n\nWarm spaces are open this winter at Kelby Central Library and "
        "St Aldric's Church, Dunmarsh. Kelby Aid runs them.\n"
    )
    found = entities(text)
    assert ("Place", "St Aldric's Church") in found
    assert ("Organisation", "St Aldric's Church") not in found


def test_a_centre_given_its_street_is_a_venue():
    text = (
        "Youth Voice Day 2026\n\nSaturday 7 March 2026 | Marlow Youth Centre, Tanner Road, "
        "Fenby\n\nHosted by Fenby Youth Council.\n"
    )
    assert ("Place", "Marlow Youth Centre") in entities(text)


def test_a_centre_listed_with_bodies_is_not_made_a_venue():
    text = "Thanks\n\nThe day was supported by Kelby Arts Centre, Fenby Library and Marlow Trust.\n"
    assert ("Place", "Kelby Arts Centre") not in entities(text)
