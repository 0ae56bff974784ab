"""Slots only a body fills (mentions/body_slots.py, vocab/body_slots.txt): a name
the recogniser calls a person or a place, or misses, is an organisation there, and
so is every name listed with it in the slot. Made-up names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr Tom Lee, formerly of Quantalis, spoke first.", "Quantalis"),
        ("Tom Lee worked for Quantalis for ten years.", "Quantalis"),
        ("Members of staff who currently work for Brightwick will move across.", "Brightwick"),
        ("Jane Doe has worked in the sector for years, latterly at Brightwick.", "Brightwick"),
        ("Corvale has joined forces with Kelby Youth Trust to run the club.", "Corvale"),
    ],
)
def test_a_name_in_a_slot_only_a_body_fills_is_an_organisation(text, name):
    assert typed(text, name) == {"Organisation"}


def test_names_that_have_joined_forces_are_bodies_and_partners():
    """The slot after the last name ("have joined forces") is every listed name's."""
    seed = extract_text("Corvale and Brightwick have joined forces to help older people.\n")
    assert {(e["type"], e["name"]) for e in seed["entities"]} == {
        ("Organisation", "Corvale"),
        ("Organisation", "Brightwick"),
    }
    assert pairs(seed, "PARTNER_OF") == {("Corvale", "Brightwick")}


def test_a_list_in_a_slot_shares_it():
    text = "The club is run in partnership with Corvale, Brightwick Youth Trust and Ostermoor."
    assert typed(text, "Ostermoor") == {"Organisation"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ann Lee, formerly of Thirsk, spoke first.", "Thirsk", "Place"),
        ("Ann Lee, formerly of Ripon, spoke first.", "Ripon", "Place"),
        ("The fair was funded by Cllr Jane Doe.", "Jane Doe", "Person"),
        ("The club is run in partnership with Kelby Trust and Jane Doe.", "Jane Doe", "Person"),
    ],
)
def test_a_place_or_a_person_in_the_slot_keeps_its_type(text, name, kind):
    """A UK place, a titled name or one opening with a given name is no body."""
    assert typed(text, name) == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lee of Quantalis said his group had gained new volunteers.",
        "Tom Lee from Quantalis said his group had gained new volunteers.",
    ],
)
def test_where_a_person_is_of_is_his_body_and_employer(text):
    """ "Jane Doe of X": X is the body she works at, unless X is a place."""
    seed = extract_text(text + "\n")
    assert {(e["type"], e["name"]) for e in seed["entities"]} == {
        ("Person", "Tom Lee"),
        ("Organisation", "Quantalis"),
    }
    assert pairs(seed, "WORKS_FOR") == {("Tom Lee", "Quantalis")}


@pytest.mark.parametrize("place", ["Norway", "Thirsk"])
def test_where_a_person_is_from_stays_a_place(place):
    assert typed(f"Ann Lee from {place} spoke about her work.", place) == {"Place"}


def test_a_name_set_off_by_what_kind_of_body_it_is_is_one():
    text = "The trust partnered with Brightwick, a social enterprise that repairs bikes."
    assert typed(text, "Brightwick") == {"Organisation"}


def test_the_holder_after_an_owned_post_stays_a_person():
    text = "The trust's chief executive, Ada Brook, opened the day."
    assert typed(text, "Ada Brook") == {"Person"}


def test_a_holder_with_a_double_barrelled_name_after_her_post_stays_a_person():
    text = "Volunteer Manager, Jane Doe-Smith has written a note for us."
    assert typed(text, "Jane Doe-Smith") == {"Person"}


def test_a_slot_after_the_name_reads_past_again():
    """ "have again joined forces": the skipped words are skipped after a name too."""
    text = "Corvale and Brightwick have again joined forces to help older people."
    assert typed(text, "Corvale") == {"Organisation"}
    assert typed(text, "Brightwick") == {"Organisation"}


def test_a_place_based_body_in_the_slot_keeps_its_place():
    """ "in partnership with Westmoor based charity Foo Trust": with or without the
    hyphen, the name before "based" says where the body is (mentions.tokens.based_after)."""
    for text in (
        "The scheme runs in partnership with Westmoor based charity Foo Trust.",
        "The scheme runs in partnership with Westmoor-based charity Foo Trust.",
    ):
        assert "Organisation" not in typed(text, "Westmoor"), text
