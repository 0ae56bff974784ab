"""Reviewing a write-up on every backend: what the extractor read is marked not
reviewed (or, imported "to review", waits out of the graph) until a person
accepts it, and a review's corrections hold when the text changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from collabgraph import edits
from collabgraph.errors import InvalidEdit
from collabgraph.importer import import_paths
from collabgraph.review import accept_facts, review_source

HERE = Path(__file__).resolve().parents[1] / "review"
ME = "Ruth Tester"
SOURCE = "source:forum.txt"


def imported(store, *paths: Path, **options):
    reports = import_paths(store, list(paths), **options)
    assert all(r.ok for r in reports), [r.errors for r in reports]
    return reports


@pytest.fixture
def files(in_tmp_cwd) -> tuple[Path, Path]:
    return (
        Path(shutil.copy(HERE / "people.yaml", in_tmp_cwd / "people.yaml")),
        Path(shutil.copy(HERE / "forum.txt", in_tmp_cwd / "forum.txt")),
    )


def fact(review: dict, rel_type: str, name: str) -> dict:
    """The relation of this type read with an end of this name."""
    return next(
        f for f in review["relations"]
        if f["type"] == rel_type and name in (f["source"]["name"], f["target"]["name"])
    )  # fmt: skip


def entity(review: dict, name: str) -> dict:
    return next(e for e in review["entities"] if name in e["names"])


def the_forum(entities: list[dict]) -> dict:
    """The forum as the extractor read it: an entity named for it with a type other
    than Event if there is one (a type to correct), else the event."""
    named = [e for e in entities if any("Housing Forum" in n for n in e["names"])]
    return next((e for e in named if e["type"] != "Event"), named[0])


def test_what_the_extractor_read_is_marked_until_a_person_accepts_it(store, files):
    people, forum = files
    imported(store, people, forum)
    relations = store.subgraph().relations
    from_text = [r for r in relations if r.sources == [SOURCE]]
    assert from_text and not any(r.reviewed for r in from_text)
    from_yaml = [r for r in relations if "source:people.yaml" in r.sources]
    assert from_yaml and all(r.reviewed for r in from_yaml)
    review = review_source(store, SOURCE)
    assert "Gareth Owusu, Director of Acme Housing" in review["text"]
    assert [f["confidence"] for f in review["relations"]] == sorted(
        f["confidence"] for f in review["relations"]
    )
    works = fact(review, "WORKS_FOR", "Gareth Owusu")
    assert works["state"] == "to review" and works["evidence"] in review["text"]
    done = edits.accept(store, relations=[works["id"]], source=SOURCE, who=ME)
    accepted = store.relations([works["id"]])[works["id"]]
    assert accepted.reviewed
    assert store.entity(works["source"]["id"]).reviewed
    assert fact(review_source(store, SOURCE), "WORKS_FOR", "Gareth Owusu")["state"] == "accepted"
    edits.undo(store, done.decision.id, who=ME)
    assert not store.relations([works["id"]])[works["id"]].reviewed


def test_a_write_up_imported_to_review_waits_until_accepted(store, files):
    people, forum = files
    imported(store, people)
    before = {r.id for r in store.subgraph().relations}
    [report] = imported(store, forum, review=True)
    assert report.status == "imported"
    assert {r.id for r in store.subgraph().relations} == before
    review = review_source(store, SOURCE)
    assert review["source"]["review"] is True
    assert review["relations"] and {f["state"] for f in review["relations"]} == {"to review"}
    works = fact(review, "WORKS_FOR", "Gareth Owusu")
    edits.accept(store, relations=[works["id"]], source=SOURCE, who=ME)
    gareth = store.entity(works["source"]["id"])
    assert gareth is not None and gareth.reviewed
    assert {r.id for r in store.subgraph().relations} == before | {works["id"]}
    # The text changes and is imported again: what was accepted stays in, the rest waits.
    forum.write_text(forum.read_text() + "\nMaria Santos works for Leeds Beckett University.\n")
    imported(store, forum, review=True)
    assert {r.id for r in store.subgraph().relations} == before | {works["id"]}
    states = {f["id"]: f["state"] for f in review_source(store, SOURCE)["relations"]}
    assert states.pop(works["id"]) == "accepted" and set(states.values()) == {"to review"}


def test_a_review_s_corrections_hold_when_the_changed_text_is_imported_again(store, files):
    people, forum = files
    imported(store, people, forum)
    review = review_source(store, SOURCE)
    # One type corrected: the forum is an event (or, if read as one, a project).
    forum_entity = the_forum(review["entities"])
    new_type = "Event" if forum_entity["type"] != "Event" else "Project"
    edits.edit_entity(store, forum_entity["id"], type=new_type, who=ME)
    # One relation rejected: the one read with the least confidence.
    rejected = review_source(store, SOURCE)["relations"][0]
    edits.reject_relation(store, rejected["id"], who=ME)
    # One role edited.
    works = fact(review, "WORKS_FOR", "Gareth Owusu")
    edited = edits.edit_relation(store, works["id"], role="Director of Housing", who=ME).relation
    # One entity merged into one the graph had.
    priya = entity(review, "Priya Lal")
    edits.merge_entities(store, "Priya Lal-Singh", priya["id"], who=ME)

    forum.write_text(
        forum.read_text().replace("presented findings", "presented new findings")
        + "\nTom Reyes, Chair of Acme Housing, closed the forum.\n"
    )
    imported(store, forum)
    graph = {r.id: r for r in store.subgraph().relations}
    assert store.entity(forum_entity["id"]).type == new_type
    assert rejected["id"] not in graph
    assert edited.id in graph and works["id"] not in graph
    assert graph[edited.id].role == "Director of Housing"
    people_named_priya = [e for e in store.search("Priya", entity_type="Person")]
    assert [e.name for e in people_named_priya] == ["Priya Lal-Singh"]
    assert SOURCE in people_named_priya[0].sources
    tom = store.search("Tom Reyes", entity_type="Person")
    assert tom and any(r.source == tom[0].id for r in graph.values())  # the new text's word
    after = review_source(store, SOURCE)
    assert fact(after, "WORKS_FOR", "Gareth Owusu")["state"] == "corrected"
    assert {f["state"] for f in after["relations"] if f["id"] == rejected["id"]} == {"rejected"}

    # Undoing every decision gives back what the files say.
    for decision in edits.history(store):
        edits.undo(store, decision.id, who=ME)
    graph = {r.id: r for r in store.subgraph().relations}
    assert works["id"] in graph and rejected["id"] in graph and edited.id not in graph
    assert store.entity(forum_entity["id"]).type == forum_entity["type"]
    assert store.entity(priya["id"]) is not None


def test_accepting_all_above_a_confidence_is_one_decision_and_one_undo(store, files):
    people, forum = files
    imported(store, people)
    before = {r.id for r in store.subgraph().relations}
    imported(store, forum, review=True)
    read = review_source(store, SOURCE)["relations"]
    levels = sorted({f["confidence"] for f in read})
    assert len(levels) >= 2  # something below the line, something above it
    line = levels[len(levels) // 2]
    above = {f["id"] for f in read if f["confidence"] >= line}
    done = accept_facts(store, SOURCE, min_confidence=line, who=ME)
    states = {f["id"]: f["state"] for f in review_source(store, SOURCE)["relations"]}
    assert {i for i, s in states.items() if s == "accepted"} == above
    assert {s for i, s in states.items() if i not in above} == {"to review"}
    assert {r.id for r in store.subgraph().relations} == before | above
    assert [d.kind for d in edits.history(store)] == ["accept"]
    with pytest.raises(InvalidEdit):  # nothing left at or above the line
        accept_facts(store, SOURCE, min_confidence=line, who=ME)
    edits.undo(store, done.decision.id, who=ME)
    assert {r.id for r in store.subgraph().relations} == before
    assert {f["state"] for f in review_source(store, SOURCE)["relations"]} == {"to review"}


def graph_as_filed(store) -> tuple[dict, dict]:
    """Every entity and relation with every field an answer gives."""
    found = store.subgraph()
    return (
        {e.id: e.to_dict() for e in found.entities},
        {r.id: r.to_dict() for r in found.relations},
    )


@pytest.mark.parametrize("order", ["newest first", "oldest first"])
def test_undoing_every_kind_of_decision_gives_back_exactly_what_the_files_say(store, files, order):
    people, forum = files
    imported(store, people, forum)
    filed = graph_as_filed(store)
    review = review_source(store, SOURCE)
    works = fact(review, "WORKS_FOR", "Gareth Owusu")
    others = [f for f in review["relations"] if f["id"] != works["id"]]
    edits.edit_relation(store, works["id"], role="Director of Housing", since="2019", who=ME)
    edits.edit_entity(  # a type that no longer fits the WORKS_FOR: kept out
        store, "Acme Housing", type="Project", name="Acme Homes", description="A programme",
        title="Ltd", add_aliases=["Acme"], who=ME, note="renamed",
    )  # fmt: skip
    edits.reject_relation(store, others[0]["id"], who=ME)
    edits.accept(store, relations=[others[1]["id"]], source=SOURCE, who=ME)
    edits.merge_entities(store, "Priya Lal-Singh", entity(review, "Priya Lal")["id"], who=ME)
    edits.delete_entity(store, "Northfield Trust", who=ME)
    edits.relate(store, "Gareth Owusu", "COLLABORATES_WITH", "Maria Santos", who=ME)
    assert graph_as_filed(store) != filed
    made = edits.history(store)
    assert len({d.kind for d in made}) == 7
    for decision in made if order == "newest first" else reversed(made):
        edits.undo(store, decision.id, who=ME)
    assert graph_as_filed(store) == filed
    assert all(not d.active for d in store.decisions())
