"""Capitalised words that name no body, place or person, and names run together
that are two: a faith, its scripture or a house of worship alone; a people named
after a place; two listed places with a comma left out; a body's own "The" after
"and"; a preposition opening a line cut short. Small made-up write-ups, one kind
each (round 30)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def names(text: str) -> set[str]:
    return {name for _, name in entities(text)}


# ------------------------------------------- a faith, a scripture, a house of worship alone


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("The Kelby Interfaith Forum met on Sunday for talks on hospitality in Islam and "
         "Judaism and a reading from the Qu’ran and the Torah.",
         {"Islam", "Judaism", "Qu’ran", "Qu'ran", "Torah"}, "Kelby Interfaith Forum"),
        ("Fenby Faith Network held a study day on Sikhism, Hinduism and the Bible.",
         {"Sikhism", "Hinduism", "Bible"}, "Fenby Faith Network"),
        ('Jane Doe of Dalby Voices said: "It was great to welcome neighbours to our '
         'Synagogue and then to the Mosque next door."',
         {"Synagogue", "Mosque"}, "Dalby Voices"),
    ],
)  # fmt: skip
def test_a_faith_scripture_or_house_of_worship_alone_is_no_name(text, words, body):
    found = names(text)
    assert not found & words
    assert body in found


# ------------------------------------------- a people named after a place


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kelby Advice Trust works to support Riponers who are facing hardship.", "Riponers"),
        ("The Mayor of Kelby, Ann Bell, herself a Whitbyer, thanked Kelby Advice Trust.",
         "Whitbyer"),
        ("Ann Bell, herself a Northlander, opened the new hub of Kelby Advice Trust.",
         "Northlander"),
    ],
)  # fmt: skip
def test_a_people_named_after_a_place_is_no_name(text, word):
    found = names(text)
    assert word not in found
    assert "Kelby Advice Trust" in found


# ------------------------------------------- two listed places, a comma left out


@pytest.mark.parametrize(
    "text",
    [
        "Winners came from Thirsk, Marlow Whitby and Bedale to the Kelby Awards.",
        "The project runs in Thirsk, Marlow Whitby, Bedale and Malton.",
    ],
)
def test_two_listed_places_without_a_comma_are_two_places(text):
    found = entities(text)
    assert {("Place", "Marlow"), ("Place", "Whitby")} <= found
    assert "Marlow Whitby" not in {n for _, n in found}


# ------------------------------------------- a body's own "The" after "and"


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        ("The fund is a partnership between the Westshire Government and The Kelby Trust.",
         "Westshire Government", "Kelby Trust"),
        ("The hub was paid for by Fenby Council and The Dalby Foundation.",
         "Fenby Council", "Dalby Foundation"),
    ],
)  # fmt: skip
def test_the_after_and_opens_a_second_body(text, left, right):
    found = names(text)
    assert {left, right} <= found
    assert not [n for n in found if " and The " in n]


# ------------------------------------------- a preposition opening a line cut short


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Council has approved dozens of projects.\n\n"
        "Under the Foo Prosperity Fund’s ‘Count On’ theme, Kelby\n",
        "Kelby Council has approved dozens of projects.\n\n"
        "Through the Foo Prosperity Fund’s open call, local groups\n",
    ],
)
def test_a_preposition_opening_a_line_is_not_in_the_name(text):
    found = names(text)
    assert "Foo Prosperity Fund" in found
    assert not [n for n in found if n.startswith(("Under", "Through"))]


# ------------------------------------------- "the Isle of Foo": a place by its first word


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Grants went to small groups from Whitby to the Isle of Skarra.", "Isle of Skarra"),
        ("Kelby Trust runs walks in the Vale of Dunmoor every spring.", "Vale of Dunmoor"),
    ],
)
def test_an_isle_or_vale_of_a_name_is_a_place(text, place):
    assert ("Place", place) in entities(text)


def test_a_body_named_for_a_vale_stays_a_body():
    found = entities("Kelby Trust works with Vale of Dunmoor Council on the walks.")
    assert ("Organisation", "Vale of Dunmoor Council") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bell from Fenby Aid, a Whitby-based charity, spoke first.",
        "Fenby Aid, a Whitby - based charity, spoke first.",
    ],
)
def test_a_place_after_a_is_kept_before_a_hyphen(text):
    assert ("Place", "Whitby") in entities(text)
