"""A bare "<Name> Council" whose name is no known town but reads as one ("Tarrow
Council", "Brindle Moor Council") is that place's council: LOCATED_IN the place,
listed as a Place (corpus/GOLD.md: councils always); a council named for a field,
a people or an everyday word ("Refugee Council", "Scottish Council") is not."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, located


@pytest.mark.parametrize(
    ("text", "council", "place"),
    [
        ("Before that she was a planning officer at Tarrow Council.", "Tarrow Council", "Tarrow"),
        (
            "The grant came from Brindle Moor Council last spring.",
            "Brindle Moor Council",
            "Brindle Moor",
        ),
        (
            "Staff from Quenby Council and Hollin Trust ran the stall.",
            "Quenby Council",
            "Quenby",
        ),
        # a compass word before the town's name; a place's own head word in its name
        (
            "Cllr Ada Foss, of East Tarrowmuir Council, opened the fair.",
            "East Tarrowmuir Council",
            "East Tarrowmuir",
        ),
        (
            "The minutes of Kelby Magna Parish Council are now online.",
            "Kelby Magna Parish Council",
            "Kelby Magna",
        ),
    ],
)
def test_a_council_of_an_unknown_town_is_in_it(text, council, place):
    assert (council, place) in located(text + "\n")
    assert ("Place", place) in entities(text + "\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She joined the Refugee Council as a caseworker in 2019.", "Refugee"),
        ("The Scottish Council gave evidence to the committee.", "Scottish"),
        ("He sits on the NCVA Council, which meets each quarter.", "NCVA"),
        ("Tarrow Youth Council met young people at the library.", "Tarrow"),
        ("The West Council of the federation met in March.", "West"),
    ],
)
def test_a_council_named_for_no_town_is_placed_nowhere(text, name):
    assert not any(p == name for _, p in located(text + "\n"))
    assert ("Place", name) not in entities(text + "\n")


def test_a_council_named_without_its_kind_is_the_same_council():
    text = "Tarrow Council backs bus plan\n\nTarrow District Council will pay for two new routes.\n"
    assert ("Organisation", "Tarrow District Council") in entities(text)
    assert ("Organisation", "Tarrow Council") not in entities(text)


def test_a_council_short_name_that_fits_two_councils_stays_apart():
    text = "News\n\nTarrow Borough Council and Tarrow Town Council met. Tarrow Council spoke.\n"
    assert ("Organisation", "Tarrow Council") in entities(text)
