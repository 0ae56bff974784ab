"""What is a name, where it ends and what type it is: small write-ups, made up.

Each test stands for a kind of fault seen on real pages (issue 11): places
read as organisations, a short name of a person read as a place, groups of
people and page furniture read as names, names cut apart at "and" or at the
commas of a department's name.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.mentions.gazetteer import is_uk_place, place_key


def entities(text: str) -> set[tuple[str, str]]:
    seed = extract_text(text, path="page.txt")
    return {(e["type"], e["name"]) for e in seed["entities"]}


def names(text: str) -> set[str]:
    return {name for _, name in entities(text)}


# ------------------------------------------------------------------ places


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("Kings Cross", True),  # the gazetteer writes King's Cross
        ("Tyne & Wear", True),
        ("saint albans", True),
        ("The Wirral", True),
        ("Brighton and Hove", True),
        ("Marlow Valley", False),
    ],
)
def test_the_gazetteer_is_read_loosely(written, found):
    assert is_uk_place(written) is found


def test_place_key_ignores_case_apostrophes_and_ampersands():
    assert place_key("King’s  Cross") == place_key("kings cross")
    assert place_key("Tyne & Wear") == "tyne and wear"


@pytest.mark.parametrize(
    "text",
    [
        "More than 9,000 Derby patients can now see a debt adviser. "
        "The advice teams across Derby run the scheme with Brackenfield Trust.",
        "The money went to Brackenfield Trust, a youth charity in Huddersfield.",
        "Families in Swindon, Marlborough, Devizes, Hungerford and Amesbury can use it.",
    ],
)
def test_a_place_in_the_gazetteer_is_a_place(text):
    found = entities(text)
    places = {n for t, n in found if t == "Place"}
    assert places
    assert not {n for t, n in found if t == "Organisation"} & {
        "Derby",
        "Huddersfield",
        "Hungerford",
    }


def test_a_place_word_inside_a_body_name_stays_in_it():
    found = entities("Derby Volunteer Network thanked Brackenfield Trust for its help.")
    assert ("Organisation", "Derby Volunteer Network") in found


# ------------------------------------------------------------------ short names of people


@pytest.mark.parametrize(
    "text",
    [
        "Brackenfield Housing has appointed Yvonne Tallis as interim chief executive. "
        "“Yvonne has a track record of joining organisations as an interim.” "
        "“Yvonne starts with us on Monday.”",
        "Simon Pellow is to leave the Marlow Society. Pellow has been at the society "
        "for six years. Its chair said Pellow had a strong record.",
    ],
)
def test_a_first_name_or_surname_alone_is_the_person_named_in_full(text):
    found = entities(text)
    assert not {n for t, n in found if t in {"Place", "Organisation"}} & {"Yvonne", "Pellow"}
    assert {t for t, n in found if n in {"Yvonne Tallis", "Simon Pellow"}} == {"Person"}


# ------------------------------------------------------------------ not names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Attendees enjoyed a talk by Brackenfield Trust.", "Attendees"),
        ("Keynote Speakers\n\nThe talks were given by Marlow Valley Foodbank.", "Keynote Speakers"),
        (
            "Link workers from Primary Care Networks across the county met Brackenfield Trust.",
            "Primary Care Networks",
        ),
        (
            "The day was for Social Prescribing Link Workers and Allied Health Professionals.",
            "Social Prescribing Link Workers",
        ),
        ("Subscribe\n\nInvalid Email\n\nBrackenfield Trust won a grant.", "Invalid Email"),
        ("Brackenfield Trust Logo\n\nBrackenfield Trust won a grant.", "Brackenfield Trust Logo"),
        ("The board appointed Nicola Ashdown CBE, DL, as chair.", "DL"),
    ],
)
def test_groups_furniture_and_letters_after_a_name_are_not_names(text, not_a_name):
    assert not_a_name not in names(text)


@pytest.mark.parametrize(
    "body",
    ["Royal College of General Practitioners", "British Association of Youth Workers"],
)
def test_a_body_of_people_named_with_of_is_still_a_body(body):
    assert ("Organisation", body) in entities(f"The {body} welcomed the report.")


# ------------------------------------------------------------------ names across "and" and commas


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Hertfordshire and Bedfordshire NHS Foundation Trust opened a new ward.",
            "Hertfordshire and Bedfordshire NHS Foundation Trust",
            "Organisation",
        ),
        (
            "The plan was backed by the Dorset and Somerset Health and Wellbeing Partnership.",
            "Dorset and Somerset Health and Wellbeing Partnership",
            "Organisation",
        ),
        (
            "Grants went to youth groups in Tyne and Wear this spring.",
            "Tyne and Wear",
            "Place",
        ),
        (
            "The money came from Community Foundation Kent & Medway and Surrey.",
            "Community Foundation Kent & Medway and Surrey",
            "Organisation",
        ),
        (
            "Funding came from the Department for Energy, Skills and Rural Affairs and "
            "Brackenfield Trust.",
            "Department for Energy, Skills and Rural Affairs",
            "Organisation",
        ),
    ],
)
def test_one_name_across_and_or_commas(text, name, kind):
    assert (kind, name) in entities(text)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        (
            "Northtown Council and Brackenfield Housing Trust signed the pact.",
            {"Northtown Council", "Brackenfield Housing Trust"},
        ),
        (
            "Letters went to the Department for Education, Ofsted and Brackenfield Trust.",
            {"Department for Education", "Brackenfield Trust"},
        ),
    ],
)
def test_two_names_joined_by_and_or_a_comma_stay_two(text, apart):
    assert apart <= names(text)
