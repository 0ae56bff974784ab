"""A name's type while the relation rules read its sentence: a given name and a
surname-shaped word are a person's name as the mention is made
(`mentions/person_shape.py`), whatever the recogniser read, so the rules relate
the person and never relate others to the name as a body; a given name written
with its accents is the same given name (`mentions/given_names.py`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _seed(text: str) -> dict:
    return extract_text(f"News.\n\n{text}\n", path="page.txt")


def _types(text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in _seed(text)["entities"]}


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(r["from"], r["type"], r["to"]) for r in _seed(text)["relations"]}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Trustees: Jo Tern (Chair), Ada Foss, Mel Quarry (Treasurer), Ines Rowe.",
            "Ines Rowe",
        ),
        ("The residents' forum is chaired by local dad Kerry-Ann Walsh.", "Kerry-Ann Walsh"),
        (
            "Leading the walk was Ines Adeyemi-Holt, who manages Kelby Rambling Club.",
            "Ines Adeyemi-Holt",
        ),
        ("We were shown round by Kelby Trust's director, Siobhán Kearney.", "Siobhán Kearney"),
    ],
)
def test_a_given_name_and_a_surname_is_a_person(text, person):
    assert _types(text).get(person) == "Person"


def test_no_seat_on_the_last_member_of_a_list():
    text = (
        "Fenby Tenants Forum committee: Jo Tern (Chair), Ada Foss (Secretary), "
        "Lou Brandt, Ines Rowe.\n\nInes Rowe is also a trustee of Kelby Trust."
    )
    rels = _relations(text)
    assert ("Ines Rowe", "MEMBER_OF", "Kelby Trust") in rels
    assert not any(to == "Ines Rowe" for _, _, to in rels)


def test_the_accented_given_name_takes_the_post():
    rels = _relations("Kelby Homes' housing director, Siobhán Kearney, opened the meeting.")
    assert ("Siobhán Kearney", "WORKS_FOR", "Kelby Homes") in rels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Placements came from Brennan Logistics and the Fenby Arms.", "Brennan Logistics"),
        ("Bread was donated by Ferris Bakeries of Kelby.", "Ferris Bakeries"),
        ("Tickets are sold at Grace Kitchen on the high street.", "Grace Kitchen"),
        ("Ducks were launched into the River Ambrey at noon.", "River Ambrey"),
        ("Age Well Kelby runs a lunch club for older people.", "Age Well Kelby"),
    ],
)
def test_a_body_or_place_named_with_a_given_name_is_no_person(text, name):
    assert _types(text).get(name) != "Person"


@pytest.mark.parametrize(
    ("text", "area", "holder"),
    [
        (
            "Help is on offer in Tarnby. Tarnby councillor Ada Foss, of West Kelby "
            "Council, thanked the volunteers.",
            "Tarnby",
            "Ada Foss",
        ),
        (
            "The line opened across Upper Kelby. It was launched by Upper Kelby's "
            "Director of Public Health, Dr Jo Tern.",
            "Upper Kelby",
            "Jo Tern",
        ),
    ],
)
def test_a_name_before_a_post_held_for_an_area_is_the_area(text, area, holder):
    assert _types(text).get(area) == "Place"
    assert (holder, "WORKS_FOR", area) not in _relations(text)


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        ("Kelby Trust's chief executive, Ann Lark, opened the day.", "Ann Lark", "Kelby Trust"),
        (
            "Fenby Council's Director of Public Health, Dr Jo Tern, spoke first.",
            "Jo Tern",
            "Fenby Council",
        ),
    ],
)
def test_a_body_before_a_post_keeps_its_post(text, holder, body):
    assert (holder, "WORKS_FOR", body) in _relations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nurses across the three sites – Northfield, Brook Hollow and Dalby – met.",
            "Brook Hollow",
        ),
        ("Grants this month:\n\nKelby Rotary (Dalby) £500", "Kelby Rotary"),
    ],
)
def test_a_rare_given_name_opening_a_name_makes_no_person(text, name):
    assert _types(text).get(name) != "Person"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Torvik Foods, the Kelby-based bakery firm, has chosen Fenby Trust as its "
            "charity of the year. Torvik will also give staff two volunteering days.",
            "Torvik Foods",
        ),
        (
            "This year's fun run was managed by Quellmoor Events. Quellmoor said "
            "entries had doubled.",
            "Quellmoor Events",
        ),
    ],
)
def test_a_body_shortened_to_its_first_word_stays_a_body(text, body):
    types = _types(text)
    assert types.get(body) == "Organisation"
    assert "Person" not in types.values()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Dr Tunde Banks opened the day at Kelby Trust. Tunde thanked the volunteers.",
            "Tunde Banks",
        ),
        ("Dana Hall chairs Fenby Forum. Dana said the forum would meet monthly.", "Dana Hall"),
    ],
)
def test_a_person_shortened_to_a_first_name_stays_a_person(text, person):
    assert _types(text).get(person) == "Person"


def test_a_building_body_in_brackets_after_a_person_is_her_body():
    rels = _relations("We heard from Ada Foss (Fenby Libraries) and Jo Tern (Kelby Digital).")
    assert ("Ada Foss", "WORKS_FOR", "Fenby Libraries") in rels


def test_a_country_in_brackets_after_a_person_is_no_employer():
    rels = _relations("The panel: Ann Lee (Austria), Jo Tern (Fenby Trust).")
    assert ("Ann Lee", "WORKS_FOR", "Austria") not in rels
