"""Where a listed entry is: a name on a line of its own over lines about it that
set a place after "at", "in", "across" (rules/place_entries.py); and a church's
name read as a venue unless it acts."""

from __future__ import annotations

import pytest

from tests.extract.reading import located, typed

_DIRECTORY = "Help near you\n\nThese groups can help. Call before you visit.\n\n"


@pytest.mark.parametrize(
    "entry, where",
    [
        (
            "Kelby Citizens Advice\nFree help with debt and housing. Based at the Corn "
            "Exchange, Mill Street.",
            {"Corn Exchange", "Mill Street"},
        ),
        (
            "Fenby Foodbank\nFood parcels for families in need. Open every Friday at Wren Hall.",
            {"Wren Hall"},
        ),
        (
            "Tern Valley Carers Trust\nSupport for unpaid carers across Ashby and Dale Vale.",
            {"Ashby", "Dale Vale"},
        ),
    ],
)
def test_the_places_the_lines_under_a_name_set_are_its(entry, where):
    name = entry.split("\n")[0]
    found = located(_DIRECTORY + entry + "\n")
    assert {(name, w) for w in where} <= found


def test_each_entry_of_a_directory_keeps_its_own_places():
    found = located(
        _DIRECTORY
        + "Kelby Citizens Advice\nFree help with debt. Based at Wren Hall.\n\n"
        + "Fenby Foodbank\nFood parcels every Friday at the Corn Exchange.\n"
    )
    assert {("Kelby Citizens Advice", "Wren Hall"), ("Fenby Foodbank", "Corn Exchange")} <= found
    assert ("Kelby Citizens Advice", "Corn Exchange") not in found
    assert ("Fenby Foodbank", "Wren Hall") not in found


def test_a_place_after_another_body_under_the_name_is_not_the_entrys():
    found = located(
        _DIRECTORY + "Fenby Foodbank\nRun with Kelby Rotary Club, which meets at Wren Hall.\n"
    )
    assert ("Fenby Foodbank", "Wren Hall") not in found


def test_a_heading_that_is_not_a_name_alone_places_nothing():
    found = located(
        "Kelby Citizens Advice news\n\nOur year in numbers\nWe met at Wren Hall in March.\n"
    )
    assert ("Kelby Citizens Advice", "Wren Hall") not in found


def test_a_paragraph_further_down_is_not_the_entrys():
    found = located(
        _DIRECTORY
        + "Fenby Foodbank\nFood parcels for families in need.\n\n"
        + "A fun day was held at Wren Hall in May.\n"
    )
    assert ("Fenby Foodbank", "Wren Hall") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The lunch club meets every Monday at St Ann's Church in Kelby.",
        "The carers' lunch will be held at St Ann's Church on Friday.",
        "Members can collect parcels at St Ann's Church, Kelby.",
    ],
)
def test_a_church_where_something_is_is_a_place(sentence):
    assert typed("Kelby news\n\n" + sentence + "\n", "St Ann's Church") == {"Place"}


@pytest.mark.parametrize(
    "sentence, where",
    [
        (
            "The Kelby Men's Shed, which meets in an old bus depot on Mill Lane in Fenby, "
            "won £5,000 from Dale Fund.",
            {"Mill Lane", "Fenby"},
        ),
        ("Kelby Foodbank works from a church hall on Brook Road.", {"Brook Road"}),
    ],
)
def test_a_place_set_on_the_building_a_body_works_in_is_the_bodys(sentence, where):
    name = "Kelby Men's Shed" if "Shed" in sentence else "Kelby Foodbank"
    assert {(name, w) for w in where} <= located("Kelby news\n\n" + sentence + "\n")


def test_a_place_set_on_a_building_a_body_only_visited_is_not_the_bodys():
    found = located("Kelby news\n\nKelby Foodbank held a stall at a fair on Brook Road.\n")
    assert ("Kelby Foodbank", "Brook Road") not in found


def test_a_place_set_on_a_gathering_a_body_spoke_at_is_not_the_bodys():
    found = located("Kelby news\n\nKelby Foodbank set out its plans at a meeting in Fenby.\n")
    assert ("Kelby Foodbank", "Fenby") not in found


def test_a_place_people_come_from_under_a_name_is_not_the_entrys():
    found = located(_DIRECTORY + "Fenby Foodbank\nRun by volunteers from Ashby and Dale Vale.\n")
    assert not found & {("Fenby Foodbank", "Ashby"), ("Fenby Foodbank", "Dale Vale")}
