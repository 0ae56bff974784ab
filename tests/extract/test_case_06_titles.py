"""Case 06 (../shared/cases/extraction/06-titles-before-names.txt, copied into
tests/extract/cases/): titles and offices written before names.

Right answer (../shared/cases/README.md): people Rosalind Pike (title MP),
Hollie Fenn (Sgt; WORKS_FOR Dunmore Police), Tomasz Wren (WORKS_FOR Dunmore
Police, role Chief Inspector), Nadia Kerr (PARTICIPATED_IN the summit,
speaker); no organisation named after a person, no title inside a name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from collabgraph.extract import extract_file
from collabgraph.model.titles import split_name

CASE = Path(__file__).resolve().parent / "cases" / "06-titles-before-names.txt"
PEOPLE = {"Rosalind Pike", "Hollie Fenn", "Tomasz Wren", "Nadia Kerr"}


@pytest.fixture(scope="module")
def seed() -> dict:
    return extract_file(CASE)


def _relations(seed: dict) -> set[tuple[str, str, str, str | None]]:
    return {(r["from"], r["type"], r["to"], r.get("role")) for r in seed["relations"]}


def test_the_people_are_named_without_their_titles(seed):
    people = {e["name"]: e for e in seed["entities"] if e["type"] == "Person"}
    assert set(people) == PEOPLE
    assert people["Rosalind Pike"].get("title") == "MP"
    assert people["Hollie Fenn"].get("title") == "Sgt"
    for name in people:
        parts = split_name(name)
        assert parts.styles is None and parts.post_nominals is None


def test_no_organisation_is_named_after_a_person_or_a_title(seed):
    orgs = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert orgs == {"Dunmore Police"}
    assert not {e["name"] for e in seed["entities"]} & {"Labour", "Women", "Equalities"}


def test_the_police_officers_work_for_the_police(seed):
    rels = _relations(seed)
    assert ("Tomasz Wren", "WORKS_FOR", "Dunmore Police", "Chief Inspector") in rels
    assert any(r[:3] == ("Hollie Fenn", "WORKS_FOR", "Dunmore Police") for r in rels)


def test_the_speakers_took_part_in_the_summit(seed):
    rels = _relations(seed)
    for name in ("Rosalind Pike", "Nadia Kerr"):
        assert (name, "PARTICIPATED_IN", "Dunmore Summit 2024", "speaker") in rels
    assert not any(r[1] == "PARTICIPATED_IN" and r[0] not in PEOPLE for r in rels)
