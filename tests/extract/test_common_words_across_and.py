"""Names cut in two at "and" though one side is made of common words that name
nothing alone (mentions/and_parts.py): "Garden Repair and Family Trust", "Food
Learning and Improvement Westshire" (common words on both sides, ending in a body's
head word or a place) and "Dalby District Community and Voluntary Solutions"
(common words closing the run); while a proper word after "and" ("Citizens Help
and Fenby Trust"), or a name closed by a describing word ("Parks Connected
and Good Deeds Trust"), keeps two bodies. Fictional names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The day was run with the Garden Repair and Family Trust and many more.",
            "Garden Repair and Family Trust",
        ),
        (
            "Jane Doe works with Food Learning and Improvement Westshire and Kelby Trust.",
            "Food Learning and Improvement Westshire",
        ),
        (
            "The fund will work with Rural Groups and Youth Support Trust, Foo Trust "
            "and Bar Cymru.",
            "Rural Groups and Youth Support Trust",
        ),
    ],
)
def test_common_words_on_both_sides_of_and_are_one_name(text, name):
    names = _names(text)
    assert name in names
    left, right = name.split(" and ")
    assert left not in names and right not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The event was delivered in partnership between Dalby District Community and "
            "Voluntary Solutions, and Dalby City Council.",
            "Dalby District Community and Voluntary Solutions",
        ),
        (
            "Tom Reed joined Fenby Community and Voluntary Action last year.",
            "Fenby Community and Voluntary Action",
        ),
    ],
)
def test_common_words_closing_the_run_after_and_go_on_the_name(text, name):
    names = _names(text)
    assert name in names
    assert name.split(" and ")[1] not in names


def test_a_proper_word_after_and_opens_a_second_body():
    names = _names("Ada Brook thanked Family Help and Fenby Trust for the gift.")
    assert "Fenby Trust" in names
    assert not [n for n in names if " and " in n]


def test_a_describing_word_closing_the_first_name_keeps_two_bodies():
    names = _names("Parks Connected and Good Deeds Trust signed the agreement.")
    assert {"Parks Connected", "Good Deeds Trust"} <= names


def test_a_head_word_before_and_keeps_two_bodies():
    names = _names("Ada Brook thanked Kelby Trust and Good Deeds Trust for the gift.")
    assert not [n for n in names if " and " in n]
