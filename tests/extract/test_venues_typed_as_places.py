"""Venues and towns the recogniser reads as a body or a person, read as places:
a venue after a word of where ("runs from the Ash Lane Community Centre",
"moved into the Old Wool Building"), and a name shaped as a town's ("Brindle
Vale", "Harbury Fields"); near-misses keep the body or the person."""

from __future__ import annotations

import pytest

from tests.extract.reading import typed

_HEAD = "Kelby Mind news\n\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The club now runs from the Ash Lane Community Centre.", "Ash Lane Community Centre"),
        ("Tickets are on sale from the Dalby Visitor Centre.", "Dalby Visitor Centre"),
        ("After ten years, the team has moved into the Old Wool Building.", "Old Wool Building"),
    ],
)  # fmt: skip
def test_a_venue_after_a_word_of_where_is_a_place(sentence, name):
    assert typed(_HEAD + sentence + "\n", name) == {"Place"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("We were given a grant from the Fenby Community Centre.", "Fenby Community Centre"),
        ("Our club received £500 from the Dale Village Hall.", "Dale Village Hall"),
        ("The café is run with volunteers from Ormby Baptist Church.", "Ormby Baptist Church"),
    ],
)  # fmt: skip
def test_who_comes_from_a_venue_named_body_keeps_the_body(sentence, name):
    assert "Place" not in typed(_HEAD + sentence + "\n", name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("We asked carers across Brindle Vale what they need.", "Brindle Vale"),
        ("Staff will volunteer on the reserves at Sedge Fen and Hollin Moor.", "Hollin Moor"),
        ("Pre-season training starts on Tuesday at Harbury Fields.", "Harbury Fields"),
    ],
)  # fmt: skip
def test_a_town_shaped_name_is_a_place(sentence, name):
    assert typed(_HEAD + sentence + "\n", name) == {"Place"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ros Marsh, our treasurer, thanked the volunteers.", "Ros Marsh"),
        ("Nkechi Moor, chief executive of Kelby Mind, said the year went well.", "Nkechi Moor"),
    ],
)  # fmt: skip
def test_a_person_whose_surname_closes_places_stays_a_person(sentence, name):
    assert typed(_HEAD + sentence + "\n", name) == {"Person"}


def test_a_water_company_stays_a_body():
    text = _HEAD + "The headline sponsor was Tamworth Water, with support from Kelby College.\n"
    assert "Place" not in typed(text, "Tamworth Water")
