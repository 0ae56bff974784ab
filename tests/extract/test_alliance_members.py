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


def test_a_player_or_runner_of_a_named_orchestra_or_harriers_is_a_member():
    seed = extract_text(
        "Folk day\n\nThe dance class will be led by Ada Foss of the Fenby Folk Orchestra. "
        "Tom Ridley from Kelby Harriers won the race. Sam Reed of Fenby Housing Group spoke.\n"
    )
    members = _members(seed)
    assert ("Ada Foss", "Fenby Folk Orchestra") in members
    assert ("Tom Ridley", "Kelby Harriers") in members
    assert ("Sam Reed", "Fenby Housing Group") not in members
