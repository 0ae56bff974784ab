"""Names cut in two at "and" though the part after it names nothing on its own
(mentions/and_parts.py): the area round a place ("Kelby and District Foodbank",
"Kelby and Vale UHB"),
a saint's second name ("St Anne and Mary Church"), a bare venue word after a
venue's ("the Dalby Community Centre and Library"); and two places with a slash
before one head ("the Kelby/Fenby Resource Centre"). Fictional names.
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
            "Jane Doe volunteers at Kelby and District Foodbank every week.",
            "Kelby and District Foodbank",
        ),
        ("Tom Reed is chair of Fenby & District Rotary Club.", "Fenby & District Rotary Club"),
        ("Ada Brook thanked Dalby and Area Lions Club for the gift.", "Dalby and Area Lions Club"),
    ],
)
def test_the_area_round_a_place_goes_on_its_name(text, name):
    names = _names(text)
    assert name in names
    assert name.split(" ", 2)[-1] not in names  # not "District Foodbank"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe spoke at St Anne and Mary Church in Kelby.", "St Anne and Mary Church"),
        ("The fair was held at St John and Luke Hall on Saturday.", "St John and Luke Hall"),
    ],
)
def test_two_saints_before_one_head_are_one_name(text, name):
    names = _names(text)
    assert name in names
    assert name.split(" and ")[1] not in names  # not "Mary Church"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jane Doe visited the Dalby Community Centre and Library on Friday.",
            "Dalby Community Centre and Library",
        ),
        ("The fair took place at Fenby Town Hall and Library.", "Fenby Town Hall and Library"),
    ],
)
def test_a_bare_venue_word_after_a_venue_goes_on_its_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Reed is set to chair the ICB in Fenby Coast and Vale.", "Fenby Coast and Vale"),
        (
            "We are delighted that the Chair of Kelby and Vale UHB, Jane Doe, has been appointed.",
            "Kelby and Vale UHB",
        ),
    ],
)
def test_the_vale_beside_a_place_goes_on_its_name(text, name):
    names = _names(text)
    assert name in names
    assert "Vale" not in names and "Vale UHB" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The walk linked Kelby and Vale Park.", "Vale Park"),
        ("Players from Kelby and Vale Athletic won the cup.", "Vale Athletic"),
    ],
)
def test_the_vale_before_a_venue_or_club_word_names_its_own(text, name):
    names = _names(text)
    assert name in names
    assert not [n for n in names if " and " in n]


def test_the_post_holder_is_not_read_from_after_and_inside_one_name():
    names = _names(
        "We are delighted that the Chair of Kelby and Vale UHB, Jane Doe, has been appointed."
    )
    assert "Jane Doe" in names
    assert not [n for n in names if n.startswith("Vale")]


def test_a_body_named_vale_after_a_person_stays_apart():
    names = _names("Jane Doe and Vale Homes opened the garden.")
    assert "Jane Doe" in names
    assert "Jane Doe and Vale Homes" not in names


def test_a_place_after_and_stays_apart():
    names = _names("Jane Doe works for Kelby Community Centre and Fenby Library.")
    assert {"Kelby Community Centre", "Fenby Library"} <= names


def test_a_saints_church_and_another_body_stay_two():
    names = _names("Jane Doe thanked St Anne's Church and Fenby Library.")
    assert {"St Anne's Church", "Fenby Library"} <= names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The grant went to the Kelby/Fenby Resource Centre.", "Kelby/Fenby Resource Centre"),
        ("Jane Doe runs the Dalby/Ayton Community Hub in Kelby.", "Dalby/Ayton Community Hub"),
    ],
)
def test_two_places_with_a_slash_before_one_head_are_one_name(text, name):
    names = _names(text)
    assert name in names
    assert name.split("/")[0] not in names


def test_two_bodies_with_a_slash_stay_two():
    names = _names("The two bodies, Kelby Trust/Fenby Trust, met on Monday.")
    assert {"Kelby Trust", "Fenby Trust"} <= names
