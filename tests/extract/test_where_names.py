"""A two- or three-word name after "in" or "across" that only the recogniser calls
a body, with no body's head word, is a place (mentions/where_names.py)."""

from __future__ import annotations

from tests.extract.reading import entities


def test_a_two_word_name_after_in_is_a_place():
    text = (
        "Grants\n\nThe Tarn Fund has given grants to three groups. Kelby Cycle Club gets "
        "£2,000 for a tool library in Lower Marlow.\n"
    )
    found = entities(text)
    assert ("Place", "Lower Marlow") in found
    assert ("Organisation", "Lower Marlow") not in found


def test_a_sentence_opening_in_a_two_word_place():
    text = (
        "Our year\n\nIn Dunmarsh Cross we are teaming up with Kelby Aid, which runs a "
        "weekly cafe.\n"
    )
    assert ("Place", "Dunmarsh Cross") in entities(text)


def test_a_body_with_a_head_word_after_in_stays_a_body():
    text = (
        "Volunteering\n\nJo Tern has volunteered in Fenby Foodbank for ten years and now "
        "chairs its board.\n"
    )
    assert ("Place", "Fenby Foodbank") not in entities(text)


def test_a_title_running_across_in_is_not_cut_into_a_place():
    text = (
        "New report\n\nKelby Aid has published Warm Homes in Rural Tarndale, a report on "
        "fuel poverty.\n"
    )
    assert ("Place", "Rural Tarndale") not in entities(text)


def test_a_body_someone_works_in_is_not_read_as_a_place():
    text = (
        "New starter\n\nAda Brook, who worked in Bright Paths for six years, joins Kelby "
        "Aid as manager.\n"
    )
    assert ("Place", "Bright Paths") not in entities(text)
