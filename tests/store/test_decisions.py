"""A person's corrections are decisions that later imports respect and undo takes
back, on every backend (SQLite and a real Neo4j)."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabgraph import edits
from collabgraph.errors import (
    DecisionError,
    DecisionNotFound,
    EntityNotFound,
    InvalidEdit,
    VocabularyError,
)
from collabgraph.importer import import_paths
from collabgraph.queries import find_entity

ME = "Ruth Tester"

PEOPLE = """
entities:
  - {type: Organisation, name: Gareth Owusu}
  - {type: Organisation, name: Acme Housing}
  - {type: Person, name: Priya Lal, description: Housing officer}
  - {type: Event, name: Spring Forum}
relations:
  - {from: Gareth Owusu, type: PARTNER_OF, to: Acme Housing}
  - {from: Priya Lal, type: WORKS_FOR, to: Acme Housing, role: Officer}
  - {from: Priya Lal, type: PARTICIPATED_IN, to: Spring Forum, role: speaker}
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def imported(store, *paths: Path, **options):
    reports = import_paths(store, list(paths), **options)
    assert all(r.ok for r in reports), [r.errors for r in reports]
    return reports


def triples(store) -> set[tuple[str, str, str, str | None]]:
    return {(r.source, r.type, r.target, r.role) for r in store.subgraph().relations}


@pytest.fixture
def people(store, in_tmp_cwd) -> Path:
    seed = write(in_tmp_cwd / "people.yaml", PEOPLE)
    imported(store, seed)
    return seed


def test_a_corrected_type_stays_and_what_no_longer_fits_is_kept_out_and_said(store, people):
    done = edits.edit_entity(store, "Gareth Owusu", type="Person", who=ME, note="a person")
    assert done.entity.type == "Person" and done.entity.id == "organisation:gareth-owusu"
    assert [(k["type"], k["status"]) for k in done.kept_out] == [("PARTNER_OF", "does not fit")]
    assert any("no longer fits" in w for w in done.warnings)
    assert [e.name for e in store.search("Gareth", entity_type="Person")] == ["Gareth Owusu"]
    assert not any(r.type == "PARTNER_OF" for r in store.subgraph().relations)
    # The file, changed, still calls him an organisation: he stays a person, one entity,
    # his new relation comes in, and the one that does not fit is said again.
    write(people, PEOPLE + "  - {from: Gareth Owusu, type: MEMBER_OF, to: Acme Housing}\n")
    [report] = imported(store, people)
    assert any("PARTNER_OF" in w and "no longer fits" in w for w in report.warnings)
    gareth = [e for e in store.subgraph().entities if e.name == "Gareth Owusu"]
    assert [(e.id, e.type) for e in gareth] == [("organisation:gareth-owusu", "Person")]
    assert ("organisation:gareth-owusu", "MEMBER_OF", "organisation:acme-housing", None) in (
        triples(store)
    )
    edits.undo(store, done.decision.id, who=ME)
    assert find_entity(store, "Gareth Owusu").type == "Organisation"
    assert {r.type for r in store.relations_of("organisation:gareth-owusu")} == {
        "PARTNER_OF", "MEMBER_OF",
    }  # fmt: skip


def test_a_deleted_entity_does_not_come_back_until_the_deletion_is_undone(store, people):
    done = edits.delete_entity(store, "Priya Lal", who=ME, note="left the sector")
    assert store.entity("person:priya-lal") is None
    assert not any("person:priya-lal" in (r.source, r.target) for r in store.subgraph().relations)
    write(people, PEOPLE.replace("Housing officer", "Senior housing officer"))
    imported(store, people)
    assert store.entity("person:priya-lal") is None
    with pytest.raises(EntityNotFound):
        find_entity(store, "Priya Lal")
    edits.undo(store, done.decision.id, who=ME)
    priya = store.entity("person:priya-lal")
    assert priya is not None and priya.description == "Senior housing officer"
    assert len(store.relations_of("person:priya-lal")) == 2


def test_a_rejected_relation_stays_out_across_reimports_and_undo_brings_it_back(store, people):
    [works] = [r for r in store.subgraph().relations if r.type == "WORKS_FOR"]
    done = edits.reject_relation(store, works.id, who=ME, note="wrong organisation")
    assert works.id not in {r.id for r in store.subgraph().relations}
    write(people, PEOPLE + "  - {from: Gareth Owusu, type: MEMBER_OF, to: Acme Housing}\n")
    imported(store, people)
    assert works.id not in {r.id for r in store.subgraph().relations}
    with pytest.raises(DecisionError):
        edits.reject_relation(store, works.id, who=ME)
    edits.undo(store, done.decision.id, who=ME)
    assert works.id in {r.id for r in store.subgraph().relations}


def test_an_edited_role_holds_when_the_file_is_imported_again(store, people):
    [talk] = [r for r in store.subgraph().relations if r.type == "PARTICIPATED_IN"]
    done = edits.edit_relation(store, talk.id, role="chair", who=ME)
    assert done.relation.role == "chair" and done.relation.sources == ["source:people.yaml"]
    assert done.relation.reviewed  # a person's correction counts as reviewed
    write(people, PEOPLE.replace("Housing officer", "Officer for housing"))
    imported(store, people)
    roles = {r.role for r in store.subgraph().relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"chair"}
    edits.undo(store, done.decision.id, who=ME)
    roles = {r.role for r in store.subgraph().relations if r.type == "PARTICIPATED_IN"}
    assert roles == {"speaker"}


def test_a_relation_that_does_not_fit_its_ends_is_refused_and_nothing_changes(store, people):
    before = store.revision()
    with pytest.raises(VocabularyError):
        edits.relate(store, "Spring Forum", "WORKS_FOR", "Acme Housing", who=ME)
    [talk] = [r for r in store.subgraph().relations if r.type == "PARTICIPATED_IN"]
    with pytest.raises(VocabularyError):
        edits.edit_relation(store, talk.id, type="WORKS_FOR", who=ME)
    with pytest.raises(InvalidEdit):
        edits.edit_relation(store, talk.id, since="not a date", who=ME)
    with pytest.raises(EntityNotFound) as unknown:
        edits.relate(store, "Priya Lall", "WORKS_FOR", "Acme Housing", who=ME)
    assert "Priya Lal" in unknown.value.suggestions
    assert store.revision() == before
    assert store.decisions() == []


def test_a_stated_relation_is_its_own_source_and_goes_when_undone(store, people):
    done = edits.relate(
        store, "Priya Lal", "member of", "Acme Housing", role="Board member",
        since="2019", who=ME, note="told me at the forum",
    )  # fmt: skip
    rel = done.relation
    assert (rel.type, rel.role, rel.since) == ("MEMBER_OF", "Board member", "2019")
    assert rel.sources == [done.decision.id] and rel.evidence == ["told me at the forum"]
    assert store.stats().sources == 1  # a person is not a file
    assert [s["id"] for s in store.list_sources()] == ["source:people.yaml"]
    edits.undo(store, done.decision.id, who=ME)
    assert rel.id not in {r.id for r in store.subgraph().relations}


def test_merge_holds_across_reimports_and_split_restores_what_the_files_say(store, in_tmp_cwd):
    a = write(
        in_tmp_cwd / "a.yaml",
        "entities:\n  - {type: Person, name: Alice Evans}\n  - {type: Organisation, name: Funder}\n"
        "relations:\n  - {from: Alice Evans, type: WORKS_FOR, to: Funder}\n",
    )
    b = write(
        in_tmp_cwd / "b.yaml",
        "entities:\n  - {type: Person, name: A. Evans, aliases: [Ali]}\n"
        "  - {type: Event, name: Big Meeting}\n"
        "relations:\n  - {from: A. Evans, type: PARTICIPATED_IN, to: Big Meeting}\n",
    )
    imported(store, a, b)
    done = edits.merge_entities(store, "Alice Evans", "A. Evans", who=ME)
    assert store.stats().entities["Person"] == 1
    assert {"A. Evans", "Ali"} <= set(done.entity.aliases)
    write(b, b.read_text() + "  - {from: A. Evans, type: ORGANISED, to: Big Meeting}\n")
    imported(store, b)
    assert store.stats().entities["Person"] == 1
    assert {r.type for r in store.relations_of("person:alice-evans")} == {
        "WORKS_FOR", "PARTICIPATED_IN", "ORGANISED",
    }  # fmt: skip
    [undone] = edits.split(store, "A. Evans", who=ME)
    assert undone.decision.undone is not None
    assert store.stats().entities["Person"] == 2
    assert {r.type for r in store.relations_of("person:a-evans")} == {
        "PARTICIPATED_IN", "ORGANISED",
    }  # fmt: skip
    assert {r.type for r in store.relations_of("person:alice-evans")} == {"WORKS_FOR"}
    assert "Ali" not in store.entity("person:alice-evans").aliases
    with pytest.raises(DecisionError):
        edits.split(store, "Alice Evans", who=ME)


def test_an_edited_name_and_description_beat_the_files_and_undo_gives_them_back(store, people):
    done = edits.edit_entity(
        store, "Priya Lal", name="Priya Lal-Singh", description="Head of housing",
        add_aliases=["P. Lal-Singh"], who=ME,
    )  # fmt: skip
    assert (done.entity.name, done.entity.description) == ("Priya Lal-Singh", "Head of housing")
    assert find_entity(store, "Priya Lal").id == "person:priya-lal"  # the old name still finds her
    assert find_entity(store, "P. Lal-Singh").id == "person:priya-lal"
    write(people, PEOPLE.replace("Housing officer", "Housing lead"))
    imported(store, people)
    priya = store.entity("person:priya-lal")
    assert (priya.name, priya.description) == ("Priya Lal-Singh", "Head of housing")
    edits.undo(store, done.decision.id, who=ME)
    priya = store.entity("person:priya-lal")
    assert (priya.name, priya.description) == ("Priya Lal", "Housing lead")
    assert "P. Lal-Singh" not in priya.aliases


def test_every_decision_is_in_the_history_with_who_when_and_why(store, people):
    first = edits.edit_entity(store, "Acme Housing", description="A landlord", who=ME, note="why")
    edits.delete_entity(store, "Spring Forum", who="Sam", note=None)
    found = edits.history(store)
    assert [d.kind for d in found] == ["delete", "edit"]
    assert (found[1].who, found[1].note) == (ME, "why") and found[1].at.endswith("+00:00")
    assert [d.id for d in edits.history(store, "Acme Housing")] == [first.decision.id]
    assert [d.kind for d in edits.history(store, "Spring Forum")] == ["delete"]
    edits.undo(store, first.decision.id, who="Sam", note="not a landlord")
    [again] = [d for d in store.decisions() if d.id == first.decision.id]
    assert (again.undone.who, again.undone.note) == ("Sam", "not a landlord")
    with pytest.raises(DecisionError):
        edits.undo(store, first.decision.id, who=ME)
    with pytest.raises(DecisionNotFound):
        edits.undo(store, "decision:999", who=ME)


HOSTILE = [
    "Robert'); MATCH (n) DETACH DELETE n; //",
    '"Quoted" O\'Brien',
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_names_and_notes_are_stored_as_text(store, people, text):
    done = edits.edit_entity(
        store, "Priya Lal", name=text, description=text, who=text, note=text
    )  # fmt: skip
    assert (done.entity.name, done.entity.description) == (text, text)
    [decision] = store.decisions()
    assert (decision.who, decision.note, decision.change["set"]["name"]) == (text, text, text)
    assert store.stats().entities["Person"] == 1
