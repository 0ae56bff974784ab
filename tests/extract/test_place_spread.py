"""A place tie given to each place listed with the tied one (`place_spread`)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "LOCATED_IN")


def test_clubs_run_in_three_towns_place_the_trust_in_each():
    located = _located(
        "Bexley Heath Youth Trust, which runs clubs for teenagers in Bexley Heath, "
        "Crayford and Welling, has a new chair.\n"
    )
    assert {
        ("Bexley Heath Youth Trust", "Bexley Heath"),
        ("Bexley Heath Youth Trust", "Crayford"),
        ("Bexley Heath Youth Trust", "Welling"),
    } <= located


def test_families_from_a_list_of_villages_place_the_food_bank_in_each():
    located = _located(
        "Marsden Food Bank gives out parcels every week to families from Marsden, "
        "Slaithwaite and Linthwaite.\n"
    )
    assert {("Marsden Food Bank", "Slaithwaite"), ("Marsden Food Bank", "Linthwaite")} <= located


def test_a_list_in_another_sentence_about_another_body_is_not_spread():
    located = _located(
        "Marsden Food Bank was set up in Marsden in 2010.\n\n"
        "This year Marsden Food Bank joined the Pantry Network, which links pantries "
        "across Marsden, Slaithwaite and Linthwaite.\n"
    )
    assert ("Marsden Food Bank", "Marsden") in located
    assert ("Marsden Food Bank", "Slaithwaite") not in located
    assert ("Marsden Food Bank", "Linthwaite") not in located


def test_a_list_the_body_itself_is_in_is_no_list_of_its_places():
    located = _located(
        "Marsden Food Bank, Slaithwaite and Linthwaite each had a stall at the fair in Marsden.\n"
    )
    assert ("Marsden Food Bank", "Slaithwaite") not in located
    assert ("Marsden Food Bank", "Linthwaite") not in located
