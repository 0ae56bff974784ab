"""Bodies an alliance or network "brings together" are its members, even when their
names have no body's word ("Pathways Fenby"): rules/compositions._members."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _members(seed: dict) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "MEMBER_OF"}


def test_an_alliance_brings_together_names_with_no_body_word():
    seed = extract_text(
        "New alliance\n\nThe Ardley Carers Alliance brings together the Kelby Night Shelter, "
        "Pathways Holt and Fenby Youth Trust. The three groups will share one team.\n"
    )
    members = _members(seed)
    assert ("Pathways Holt", "Ardley Carers Alliance") in members
    assert ("Fenby Youth Trust", "Ardley Carers Alliance") in members
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types.get("Pathways Holt") == "Organisation"


def test_a_festival_bringing_together_people_has_no_members():
    seed = extract_text(
        "Kelby Festival\n\nThe Kelby Festival brings together Jo Tern and Ada Foss for a night "
        "of songs.\n"
    )
    assert not _members(seed)
