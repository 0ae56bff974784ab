"""Places joined before one plural head word ("Kelby and Fenby Councils", "Ayton,
Beeford and Dalby CCGs") name one body each, the head word in the singular; after
"both", a singular head too ("both Kelby & Fenby County Council")."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The scheme is funded by Ayton, Beeford and Dalby CCGs.",
            {"Ayton CCG", "Beeford CCG", "Dalby CCG"},
        ),
        (
            "Kelby and Fenby Borough Councils agreed the plan with Dalby Trust.",
            {"Kelby Borough Council", "Fenby Borough Council"},
        ),
    ],
)
def test_each_place_before_a_plural_head_is_a_body(text, names):
    found = entities(text)
    assert {("Organisation", n) for n in names} <= found
    assert not [n for _, n in found if n.endswith(("CCGs", "Councils"))]


def test_a_post_at_the_joined_bodies_is_at_each():
    seed = extract_text("Ada Brook works for Kelby and Fenby Councils.", path="page.txt")
    assert {("Ada Brook", "Kelby Council"), ("Ada Brook", "Fenby Council")} <= pairs(
        seed, "WORKS_FOR"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Town and Parish Councils were invited to the meeting.",
        "Labour and Conservative Councils disagreed on the plan.",
    ],
)
def test_kinds_or_parties_before_the_plural_are_no_places(text):
    assert not [n for _, n in entities(text) if n.endswith(" Council")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Grants went to groups in the Kelby and Fenby areas.", {"Kelby", "Fenby"}),
        (
            "Groups across the Ayton, Beeford and Whitby districts were funded.",
            {"Ayton", "Beeford", "Whitby"},
        ),
    ],
)
def test_places_before_a_plural_noun_of_areas_are_places_each(text, places):
    found = entities(text)
    assert {("Place", p) for p in places} <= found
    assert not [n for _, n in found if " and " in n]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The leaders of both Kelby & Fenby County Council spoke at the summit.",
            {"Kelby Council", "Fenby County Council"},
        ),
        (
            "Staff from both Ayton and Beeford Council attended the launch.",
            {"Ayton Council", "Beeford Council"},
        ),
    ],
)
def test_both_places_before_a_singular_head_are_two_bodies(text, names):
    found = entities(text)
    assert {("Organisation", n) for n in names} <= found
    assert not [n for _, n in found if " & " in n or " and " in n]


def test_places_before_a_singular_head_without_both_stay_one_name():
    found = entities("Jane Doe works for Kelby & Fenby County Council.")
    assert ("Organisation", "Kelby & Fenby County Council") in found
