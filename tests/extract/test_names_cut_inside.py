"""Names cut apart by what sits inside them: a possessive common noun before a
body's head word the recogniser reads as a person's ("Kelby Children's Hospice"),
a body named for two places joined by "&" ("Age Friendly Whitby & North Selby"),
a group of bodies named by its head word's plural ("Kelby Churches"), a body's
own "'s" read into its name ("Carers Network UK's.").
Small made-up write-ups, each kind worded a few ways.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities

# ------------------------------------------------ a possessive common noun inside a body's name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Staff visited Kelby Children's Hospice.", "Kelby Children's Hospice"),
        ("Kelby Children's Hospice thanked everyone.", "Kelby Children's Hospice"),
        ("Harbour Trust gave £500 to Kelby Children's Hospice.", "Kelby Children's Hospice"),
    ],
)
def test_a_possessive_noun_before_a_head_word_stays_inside_the_body(text, body):
    found = entities(text)
    assert ("Organisation", body) in found
    assert not [n for t, n in found if t == "Person"]


def test_a_person_after_a_possessive_noun_is_still_cut_from_it():
    found = entities("Westshire Women's Jane Doe said the walk raised £300.")
    assert ("Person", "Jane Doe") in found


# ------------------------------------------------ a body named for two places joined by "&"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "We worked with Age Friendly Whitby & North Selby on the project.",
            "Age Friendly Whitby & North Selby",
        ),
        ("Volunteers from Carers First Marlow & Selby joined us.", "Carers First Marlow & Selby"),
    ],
)
def test_a_body_named_for_two_places_is_one_name(text, body):
    found = entities(text)
    assert ("Organisation", body) in found
    assert not [n for _, n in found if n != body]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The group meets in Whitby & Selby every week.", {"Whitby", "Selby"}),
        (
            "Grants went to Fenby Homes & Marlow Foundation.",
            {"Fenby Homes", "Marlow Foundation"},
        ),
    ],
)
def test_two_places_or_two_bodies_across_an_ampersand_stay_two(text, names):
    assert names <= {n for _, n in entities(text)}


# ------------------------------------------------ a group of bodies named by a plural head word


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kelby Churches ran a food bank in the winter.", "Kelby Churches"),
        ("Thanks to Kelby Churches for the soup.", "Kelby Churches"),
        ("Pupils from Fenby Schools sang carols.", "Fenby Schools"),
    ],
)
def test_a_name_ending_in_a_plural_head_word_is_a_body(text, body):
    assert ("Organisation", body) in entities(text)


def test_a_person_named_like_a_plural_stays_a_person():
    assert ("Person", "Tom Banks") in entities("Tom Banks spoke at Dalby Schools Partnership.")


# ------------------------------------------------ a body's own possessive after a nation or letters


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Our thanks go to Carers Network UK's.", "Carers Network UK"),
        ("Partners: Carers Network UK's", "Carers Network UK"),
        ("Our thanks go to Dalby CVS's.", "Dalby CVS"),
    ],
)
def test_a_possessive_after_a_nation_or_letters_is_no_part_of_the_name(text, body):
    names = {n for _, n in entities(text)}
    assert body in names
    assert not [n for n in names if n.endswith("'s")]


def test_a_shop_named_with_a_possessive_keeps_it():
    names = {n for _, n in entities("Lunch came from Orley's, Kelby Aid and Dalby Trust.")}
    assert "Orley's" in names
