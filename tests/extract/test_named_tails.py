"""Seats at a body named again by the last words of its name in lower case ("who
chairs the food partnership" for the Kelby Food Partnership) and near-misses that
name no such body. All names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_OPENING = (
    "Kelby food plan launched\n\n"
    "Kelby Council has launched a food plan, written with the Kelby Food Partnership "
    "and the Orton Lane Tenants' Union, at an event in Kelby on 2 May.\n\n"
)


def _members(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_OPENING + text + "\n", path="news.txt"), "MEMBER_OF")


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in _members(text)}


def test_who_chairs_the_body_by_its_last_words():
    assert ("Jo Tern", "Kelby Food Partnership") in _pairs(
        "Questions were taken by Ada Foss and Jo Tern, who chairs the food partnership."
    )


def test_chair_of_the_body_by_its_last_words_in_an_apposition():
    assert ("Jo Tern", "Kelby Food Partnership", "Chair") in _members(
        "Jo Tern, chair of the food partnership, said the plan was overdue."
    )


def test_a_possessive_body_by_its_last_words():
    assert ("Ada Foss", "Orton Lane Tenants' Union") in _pairs(
        "Ada Foss, vice-chair of the tenants' union, thanked the volunteers."
    )


def test_words_no_name_ends_with_give_no_seat():
    pairs = _pairs("Jo Tern, chair of the school partnership, said the plan was overdue.")
    assert not any(a == "Jo Tern" for a, _ in pairs)


def test_the_body_words_before_another_noun_give_no_seat():
    pairs = _pairs("Jo Tern, who chaired the food partnership meeting, said it went well.")
    assert not any(a == "Jo Tern" for a, _ in pairs)
