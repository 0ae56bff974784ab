"""The area of a body named for two areas ("NHS Ayton and Beeford ICB") is one place
where the page names it on its own ("boards in Westshire and in Ayton and Beeford")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _places(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Place"}


def test_the_area_a_joint_body_is_named_for_is_one_place():
    seed = extract_text(
        "Chairs named for new care boards.\n\n"
        "Chairs have been named for the boards in Westshire, Ayton and Beeford, and Northtown.\n\n"
        "Ada Brook has been confirmed as chair of NHS Ayton and Beeford ICB.",
        path="page.txt",
    )
    places = _places(seed)
    assert "Ayton and Beeford" in places
    assert "Beeford" not in places
    assert ("NHS Ayton and Beeford ICB", "Ayton and Beeford") in pairs(seed, "LOCATED_IN")


def test_the_two_areas_outside_a_list_stay_two_places():
    seed = extract_text(
        "Chief officer named.\n\n"
        "Ada Brook will lead the board for the communities in Ayton and Beeford.\n\n"
        "She joins from NHS Ayton and Beeford ICB.",
        path="page.txt",
    )
    places = _places(seed)
    assert {"Ayton", "Beeford"} <= places
    assert "Ayton and Beeford" not in places


def _orgs(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}


def test_an_nhs_board_for_two_unknown_areas_is_one_body():
    """Round 41b: "NHS <area> and <area> ... Board", the areas no known places: the
    opener says they are the areas the board serves, so the name is one body."""
    for text in (
        "The clinic is funded by NHS Orby and Wyke Joint Care Board.",
        "We met staff from NHS Tollby and Dunmere Joint Care Board, who run the pilot.",
    ):
        orgs = _orgs(extract_text(text))
        assert any(o.startswith("NHS ") and " and " in o for o in orgs), orgs


def test_an_nhs_body_and_a_trust_stay_two():
    """Near-misses: after "and" a body of its own ("the Orby Trust"), or "by" opening
    a second body ("and by Wyke Community Care Board")."""
    for text in (
        "The scheme is backed by NHS Tollby and the Orby Trust.",
        "The scheme is backed by NHS Tollby and by Wyke Community Care Board.",
    ):
        orgs = _orgs(extract_text(text))
        assert not any(" and " in o for o in orgs), orgs
