"""Names cut or missed by their spelling: a hyphen inside a list item's name
("Home-Start Kelby – to support ...", read as "Home"), a name opening with a small
lower-case word glued to its capital ("yourFoo"). Small made-up write-ups, worded
several ways.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs

# ------------------------------------------------ a hyphen inside a list item's name


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Home-Start Fenby – to support mothers with young children", "Home-Start Fenby"),
        ("Kelby Age-Well Club – for a weekly lunch club", "Kelby Age-Well Club"),
    ],
)
def test_a_list_items_name_runs_over_a_hyphen_inside_a_word(item, name):
    seed = extract_text(
        "Grants announced\n\n"
        "Examples of the projects the Kelby Community Foundation has funded are:\n\n"
        f"- {item}\n- Dalby Larder – to run a pantry for families\n",
        path="page.txt",
    )
    found = {(e["type"], e["name"]) for e in seed["entities"]}
    assert ("Organisation", name) in found
    assert (name.split("-")[0].split()[-1]) not in {n for _, n in found}
    assert ("Kelby Community Foundation", name) in pairs(seed, "FUNDED")


# ------------------------------------------------ a lower-case word glued before the capital


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kelby Trust gave £5,000 to yourRefuge to extend its outreach work.", "yourRefuge"),
        ("Jane Doe, chief executive of myCarers, welcomed the grant.", "myCarers"),
    ],
)
def test_a_name_opening_with_a_glued_lower_case_word_is_found(text, name):
    assert name in {n for _, n in entities(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [("Read the eHealth plan for Kelby.", "eHealth"), ("Ask about the iPads we lend.", "iPads")],
)
def test_a_kind_of_thing_spelled_with_a_glued_letter_is_no_name(text, word):
    # vocab/name_glued_openers.txt: "your", "my", "our", not "e" or "i"
    assert not [n for _, n in entities(text) if word in n]


# ------------------------------------------------ a place before a body's noun and name


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("Fenby charity Bright Steps has opened a new hub.", "Fenby", "Bright Steps"),
        ("Kelby youth charity Open Doors won the award.", "Kelby", "Open Doors"),
    ],
)
def test_a_place_before_a_bodys_noun_and_name_is_where_the_body_is(text, place, body):
    found = entities(text)
    assert ("Organisation", body) in found
    assert ("Place", place) in found
    assert ("Organisation", place) not in found


@pytest.mark.parametrize(
    "text",
    [
        "“It was worth having a stall here,” said Jane Doe of the charity Bright Steps.",
        "Ann Bell from the local charity Open Doors spoke at the fair.",
    ],
)
def test_a_person_before_a_bodys_noun_and_name_stays_a_person(text):
    people = {n for t, n in entities(text) if t == "Person"}
    assert people & {"Jane Doe", "Ann Bell"}
    assert not [n for t, n in entities(text) if t == "Place"]
