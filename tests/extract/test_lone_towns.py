"""A made-up town named by one word, which the recogniser reads as a person's or as
nothing, is a place when the page uses it as one (lone_towns.py)."""

from __future__ import annotations

from tests.extract.reading import entities


def test_a_town_after_across_is_a_place():
    text = (
        "Grants news\n\nThe Kelby Trust is a registered charity. Grants are made across "
        "Harrowmere; we do not fund outside the county.\n"
    )
    assert ("Place", "Harrowmere") in entities(text)


def test_a_town_that_other_names_open_is_a_place_not_a_person():
    text = (
        "Award for Fenby group\n\nThe Wexwood Foundation has given £9,000 to Oxhythe "
        "Beach Guardians. The money comes from the Oxhythe Dementia Alliance fund, and "
        "sessions will run in Oxhythe.\n"
    )
    found = entities(text)
    assert ("Place", "Oxhythe") in found
    assert ("Person", "Oxhythe") not in found


def test_a_surname_alone_stays_out():
    text = (
        "New chair\n\nJo Quillaby has been elected chair of the Kelby Trust. Quillaby "
        "said she was delighted to go to Fenby Hall next month.\n"
    )
    found = entities(text)
    assert ("Place", "Quillaby") not in found


def test_an_everyday_word_after_in_stays_no_place():
    text = (
        "Partnership news\n\nKelby Foodbank works in Partnership with Fenby Council, and "
        "in Mind we hold our carers close. Thanks to the Carols at Swifts team.\n"
    )
    found = entities(text)
    assert ("Place", "Partnership") not in found
    assert ("Place", "Mind") not in found
    assert ("Place", "Swifts") not in found


def test_a_titled_surname_stays_a_person():
    text = (
        "Thank you\n\nOur thanks go to Mrs Okafor, who ran the stall at Fenby Hall. "
        "Mrs Okafor came from Dunmarsh.\n"
    )
    assert ("Place", "Okafor") not in entities(text)
