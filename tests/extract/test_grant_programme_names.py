"""A name ending in "Grants" is a grant programme's ("Fenby Education Grants",
"Community Grants"), not a body's: seen on pages of two sites; made-up names."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _types(text: str, name: str) -> set[str]:
    seed = extract_text(text, path="page.txt")
    return {e["type"] for e in seed["entities"] if e["name"] == name}


def test_a_name_ending_in_grants_is_a_programme():
    text = (
        "Kelby news\nFurther grants for the Fenby Education Grants for schools and "
        "colleges in Westshire will be decided in the next few months.\n"
    )
    assert _types(text, "Fenby Education Grants") == {"Project"}


def test_grants_a_committee_considers_are_a_programme_not_a_body():
    text = (
        "Kelby news\nThe committee considered the proposals for Community Grants following "
        "the meeting of the Executive.\nThe current Community Grants funds will be replaced "
        "by agreements with selected groups.\n"
    )
    assert _types(text, "Community Grants") == {"Project"}


def test_a_surname_grant_stays_a_person():
    text = "Kelby news\nProfessor Ada Grant, chair of Fenby Trust, opened the meeting.\n"
    assert _types(text, "Ada Grant") == {"Person"}
