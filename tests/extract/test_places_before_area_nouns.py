"""A name before an area's noun in lower case ("the Quenby district", "Tarnside
villages") names a place; a body's name there ("the Kelby Trust district office")
stays a body."""

from __future__ import annotations

from tests.extract.reading import entities


def test_a_name_before_an_area_noun_is_a_place():
    text = "News\n\nThe partnership now covers the whole of the Quenby district.\n"
    assert ("Place", "Quenby") in entities(text)


def test_a_body_before_an_area_noun_stays_a_body():
    text = "News\n\nThe Kelby Trust district office is closed this week.\n"
    assert ("Organisation", "Kelby Trust") in entities(text)
    assert ("Place", "Kelby Trust") not in entities(text)
