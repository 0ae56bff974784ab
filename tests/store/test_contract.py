"""The GraphStore contract, run on every backend (SQLite and a real Neo4j)."""

from __future__ import annotations

import gc
import shutil
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from collabgraph.errors import EntityNotFound, NoPath, PathBeyondLimit, StoreError
from collabgraph.importer import import_paths
from collabgraph.model.batch import EntityRecord, GraphBatch, RelationRecord, SourceInfo
from collabgraph.model.graph import Step
from collabgraph.queries import collaborators_of, find_entity
from tests.conftest import LAUNCH_YAML

HOSTILE = [
    "Robert'); MATCH (n) DETACH DELETE n; //",
    '"Quoted" O\'Brien',
    "`backtick` CREATE (x:Evil)",
    "<script>alert(1)</script>",
    "Émilie 🦄 Zoë",
    "Line one\nline two",
]


def _yaml_quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def launch_copy(folder: Path) -> Path:
    return Path(shutil.copy(LAUNCH_YAML, folder / "launch.yaml"))


def test_launch_seed_gives_the_gold_entities(store, in_tmp_cwd):
    [report] = import_paths(store, [launch_copy(in_tmp_cwd)])
    assert report.status == "imported", report.errors
    counts = store.stats().entities
    assert counts["Person"] == 8
    assert counts["Organisation"] == 5
    assert (counts["Report"], counts["Event"], counts["Project"]) == (1, 2, 1)


def test_reimporting_unchanged_files_changes_nothing(store, in_tmp_cwd):
    seed = launch_copy(in_tmp_cwd)
    import_paths(store, [seed])
    before = store.stats().to_dict()
    [again] = import_paths(store, [seed])
    assert again.status == "unchanged"
    assert store.stats().to_dict() == before


def test_changing_one_relation_changes_exactly_that_relation(store, in_tmp_cwd):
    seed = launch_copy(in_tmp_cwd)
    import_paths(store, [seed])
    before = {r.id: r for r in store.subgraph().relations}
    text = seed.read_text(encoding="utf-8").replace(
        "role: Director of Public Services", "role: Director of Public Service Reform"
    )
    write(seed, text)
    [report] = import_paths(store, [seed])
    # A role is part of a relation's identity: the old post goes, the new one comes.
    assert (report.relations.added, report.relations.updated, report.relations.removed) == (1, 0, 1)
    after = {r.id: r for r in store.subgraph().relations}
    [gone], [new] = before.keys() - after.keys(), after.keys() - before.keys()
    assert before[gone].key == after[new].key
    assert after[new].key == ("person:anna-randle", "WORKS_FOR", "organisation:collaborate")
    assert after[new].role == "Director of Public Service Reform"
    assert all(after[i] == before[i] for i in after.keys() & before.keys())


def test_changing_a_relation_s_evidence_updates_it_in_place(store, in_tmp_cwd):
    seed = write(
        in_tmp_cwd / "a.yaml",
        "relations:\n  - {from: Ada, from_type: Person, type: MEMBER_OF, to: Club,"
        " to_type: Organisation, evidence: 'Ada joined.'}\n",
    )
    import_paths(store, [seed])
    [old] = store.subgraph().relations
    write(seed, seed.read_text().replace("Ada joined.", "Ada joined in 1840."))
    [report] = import_paths(store, [seed])
    assert (report.relations.added, report.relations.updated, report.relations.removed) == (0, 1, 0)
    [new] = store.subgraph().relations
    assert new.id == old.id and new.evidence == ["Ada joined in 1840."]


def test_dry_run_reports_changes_and_writes_nothing(store, in_tmp_cwd):
    [report] = import_paths(store, [launch_copy(in_tmp_cwd)], dry_run=True)
    assert report.status == "would import"
    assert report.entities.added == 21
    assert store.stats().entities == {}


def test_a_file_forgets_only_what_it_said(store, in_tmp_cwd):
    a = write(
        in_tmp_cwd / "a.yaml",
        """
entities:
  - {type: Person, name: Ada Lovelace}
  - {type: Organisation, name: Analytical Society}
relations:
  - {from: Ada Lovelace, type: MEMBER_OF, to: Analytical Society, evidence: "A said so."}
""",
    )
    b = write(
        in_tmp_cwd / "b.yaml",
        """
relations:
  - {from: Ada Lovelace, type: MEMBER_OF, to: Analytical Society, evidence: "B said so."}
  - {from: Charles Babbage, from_type: Person, type: MEMBER_OF, to: Analytical Society}
""",
    )
    reports = import_paths(store, [a, b])
    assert [r.status for r in reports] == ["imported", "imported"], [r.errors for r in reports]
    [shared] = [r for r in store.subgraph().relations if r.source == "person:ada-lovelace"]
    assert sorted(zip(shared.sources, shared.evidence, strict=True)) == [
        ("source:a.yaml", "A said so."),
        ("source:b.yaml", "B said so."),
    ]
    write(b, "relations: []\n")
    import_paths(store, [b])
    rels = store.subgraph().relations
    assert [(r.source, r.sources, r.evidence) for r in rels] == [
        ("person:ada-lovelace", ["source:a.yaml"], ["A said so."])
    ]
    assert store.entity("person:charles-babbage") is None
    assert store.entity("person:ada-lovelace") is not None


def test_evidence_stays_aligned_when_only_some_files_give_it(store, in_tmp_cwd):
    rel = "{from: Ada Lovelace, from_type: Person, type: MEMBER_OF, to: Analytical Society,"
    rel += " to_type: Organisation"
    files = [
        write(in_tmp_cwd / "a.yaml", f"relations:\n  - {rel}}}\n"),
        write(in_tmp_cwd / "b.yaml", f"relations:\n  - {rel}, evidence: 'B saw it.'}}\n"),
        write(in_tmp_cwd / "c.yaml", f"relations:\n  - {rel}, confidence: 0.5}}\n"),
    ]
    import_paths(store, files)
    [shared] = store.subgraph().relations
    assert list(zip(shared.sources, shared.evidence, strict=True)) == [
        ("source:a.yaml", ""),
        ("source:b.yaml", "B saw it."),
        ("source:c.yaml", ""),
    ]
    assert shared.confidence == 0.5  # the latest file's word
    write(files[1], "relations: []\n")
    write(files[2], f"relations:\n  - {rel}}}\n")
    import_paths(store, files)
    [shared] = store.subgraph().relations
    assert sorted(zip(shared.sources, shared.evidence, strict=True)) == [
        ("source:a.yaml", ""),
        ("source:c.yaml", ""),
    ]
    assert shared.confidence == 1.0


def test_a_batch_naming_an_entity_nowhere_is_refused_whole(store):
    """The importer never sends one, but a store must not drop such a relation silently."""
    ada = EntityRecord(id="person:ada", type="Person", name="Ada")
    batch = GraphBatch(
        SourceInfo(id="source:bad", path="bad.yaml", sha256="0", kind="structured"),
        [ada],
        [
            RelationRecord(type="MEMBER_OF", source="person:ada", target="organisation:nowhere"),
        ],
    )
    with pytest.raises(StoreError, match="organisation:nowhere"):
        store.write_batch(batch)
    assert store.stats().entities == {}
    assert store.list_sources() == []


def kumu_pair(folder: Path, people: list[str], ties: list[tuple[str, str]]) -> list[Path]:
    elements = "Label,Type\n" + "".join(f"{p},Person\n" for p in people)
    connections = "From,To,Type\n" + "".join(f"{a},{b},COLLABORATES_WITH\n" for a, b in ties)
    return [
        write(folder / "team.elements.csv", elements),
        write(folder / "team.connections.csv", connections),
    ]


def test_a_run_sees_what_its_earlier_files_declare(store, in_tmp_cwd):
    files = kumu_pair(in_tmp_cwd, ["Ada", "Bo", "Cy"], [("Ada", "Bo"), ("Bo", "Cy")])
    seen = []
    dry = import_paths(store, files, dry_run=True, on_file=lambda r: seen.append(r.path))
    assert [(r.status, r.relations.added) for r in dry] == [
        ("would import", 0),
        ("would import", 2),
    ]
    assert seen == [str(f) for f in files]
    assert store.stats().entities == {}
    reports = import_paths(store, files)
    assert [r.status for r in reports] == ["imported", "imported"], [r.errors for r in reports]
    assert store.stats().relations == {"COLLABORATES_WITH": 2}


def test_a_name_the_previous_file_just_dropped_is_unknown(store, in_tmp_cwd):
    files = kumu_pair(in_tmp_cwd, ["Ada", "Bo", "Cy"], [("Ada", "Bo")])
    import_paths(store, files)
    files = kumu_pair(in_tmp_cwd, ["Ada", "Bo"], [("Ada", "Bo"), ("Bo", "Cy")])
    elements, connections = import_paths(store, files)
    assert elements.status == "imported" and elements.entities.removed == 1
    assert connections.status == "failed"
    assert "unknown name 'Cy'" in connections.errors[0]
    assert store.entity("person:cy") is None
    assert store.stats().relations == {"COLLABORATES_WITH": 1}


def test_collaborators_name_the_shared_contexts(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    found = collaborators_of(store, "Henry Kippin")
    anna = next(c for c in found["collaborators"] if c["name"] == "Anna Randle")
    assert {ctx["via"]["name"] for ctx in anna["contexts"]} == {
        "Collaborate CIC",
        "Launch of Building Collaborative Places",
    }
    assert anna["weight"] == 2
    assert all(e for ctx in anna["contexts"] for r in ctx["other"] for e in r["evidence"])


def test_a_walk_follows_only_the_steps_asked_for(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    works = Step(frozenset({"WORKS_FOR"}), "out", frozenset({"Organisation"}))
    colleagues = Step(frozenset({"WORKS_FOR"}), "in", frozenset({"Person"}))
    alone = store.walk("person:henry-kippin", {})
    assert alone.entity.name == "Henry Kippin"
    own = {(r.source, r.type, r.target) for r in alone.subgraph.relations}
    assert all("person:henry-kippin" in (a, b) for a, _, b in own)
    walked = store.walk("person:henry-kippin", {"Person": [(works, colleagues)]})
    more = {(r.source, r.type, r.target) for r in walked.subgraph.relations} - own
    assert more == {("person:anna-randle", "WORKS_FOR", "organisation:collaborate")}
    assert [e.id for e in walked.subgraph.entities] == sorted(
        {x for r in walked.subgraph.relations for x in (r.source, r.target)}
    )
    other_type = store.walk("person:henry-kippin", {"Organisation": [(works, colleagues)]})
    assert {r.key for r in other_type.subgraph.relations} == {
        r.key for r in alone.subgraph.relations
    }
    with pytest.raises(EntityNotFound):
        store.walk("person:nobody", {})


def test_short_names_and_titles_find_the_person(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    assert find_entity(store, "Cllr Stretton").name == "Jean Stretton"
    assert find_entity(store, "  jean   STRETTON ").id == "person:jean-stretton"
    assert find_entity(store, "Collaborate").name == "Collaborate CIC"
    assert find_entity(store, "Lord Adebowale").title == "Lord"


def test_unknown_names_suggest_close_ones(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    with pytest.raises(EntityNotFound) as caught:
        find_entity(store, "Henry Kipin")
    assert "Henry Kippin" in caught.value.suggestions


def test_path_goes_through_the_launch_event(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    sub = store.path_subgraph("person:henry-kippin", "person:jean-stretton", max_hops=8)
    assert "event:launch-of-building-collaborative-places" in {e.id for e in sub.entities}
    with pytest.raises(NoPath):
        store.path_subgraph("person:henry-kippin", "person:mel-parks", max_hops=8)


def test_a_path_beyond_the_hop_limit_is_told_apart_from_none(store, in_tmp_cwd):
    names = ["Ada", "Bo", "Cy", "Di", "Ed"]
    files = kumu_pair(in_tmp_cwd, names, list(pairwise(names)))
    import_paths(store, files)
    ids = [find_entity(store, n).id for n in names]
    assert len(store.path_subgraph(ids[0], ids[-1], max_hops=4).entities) == 5
    with pytest.raises(PathBeyondLimit) as caught:
        store.path_subgraph(ids[0], ids[-1], max_hops=3)
    assert (caught.value.max_hops, caught.value.length) == (3, 4)


def test_path_subgraph_holds_every_shortest_path(store, in_tmp_cwd):
    files = kumu_pair(
        in_tmp_cwd,
        ["Ada", "Bo", "Cy", "Di", "Ed"],
        [("Ada", "Bo"), ("Ada", "Cy"), ("Bo", "Di"), ("Cy", "Di"), ("Di", "Ed")],
    )
    import_paths(store, files)
    ada, ed = find_entity(store, "Ada").id, find_entity(store, "Ed").id
    sub = store.path_subgraph(ada, ed, max_hops=8)
    assert sorted(e.name for e in sub.entities) == ["Ada", "Bo", "Cy", "Di", "Ed"]
    assert len(sub.relations) == 5


def test_neighbourhood_grows_with_depth(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    one = store.neighbourhood("organisation:collaborate", depth=1)
    two = store.neighbourhood("organisation:collaborate", depth=2)
    assert {e.name for e in one.entities} == {
        "Collaborate CIC",
        "Henry Kippin",
        "Anna Randle",
        "Building Collaborative Places: Infrastructure for System Change",
        "Launch of Building Collaborative Places",
    }
    assert {e.id for e in one.entities} < {e.id for e in two.entities}
    assert all(r.source in {e.id for e in two.entities} for r in two.relations)


def test_search_ranks_exact_then_prefix_then_substring(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    names = [e.name for e in store.search("anna")]
    assert names == ["Anna Eaton", "Anna Randle"]
    assert [e.name for e in store.search("collaborat", entity_type="Organisation")] == [
        "Collaborate CIC"
    ]
    page = store.search("", limit=3, offset=3)
    assert len(page) == 3
    everything = store.search("", limit=100)
    assert [e.id for e in everything[3:6]] == [e.id for e in page]


def test_hostile_names_come_back_byte_for_byte(store, in_tmp_cwd):
    lines = ["entities:"]
    for name in HOSTILE:
        escaped = _yaml_quoted(name)
        lines.append(f'  - {{type: Person, name: "{escaped}", description: "{escaped}"}}')
    lines.append("  - {type: Organisation, name: Safe Org}")
    lines.append("relations:")
    for name in HOSTILE:
        escaped = _yaml_quoted(name)
        lines.append(f'  - {{from: "{escaped}", type: WORKS_FOR, to: Safe Org, role: "{escaped}"}}')
    [report] = import_paths(store, [write(in_tmp_cwd / "hostile.yaml", "\n".join(lines))])
    assert report.status == "imported", report.errors
    people = {e.name: e for e in store.search("", entity_type="Person", limit=50)}
    expected = HOSTILE
    assert sorted(people) == sorted(expected)
    for name in expected:
        assert people[name].description == name
    roles = {r.role for r in store.subgraph().relations}
    assert roles == set(expected)
    assert store.stats().entities == {"Person": len(HOSTILE), "Organisation": 1}


def test_merge_is_remembered_across_reimports(store, in_tmp_cwd):
    seed = write(
        in_tmp_cwd / "people.yaml",
        """
entities:
  - {type: Person, name: Alice Evans}
  - {type: Person, name: A. Evans}
  - {type: Organisation, name: Some Funder}
  - {type: Event, name: Big Meeting}
relations:
  - {from: Alice Evans, type: WORKS_FOR, to: Some Funder}
  - {from: A. Evans, type: PARTICIPATED_IN, to: Big Meeting, role: chair}
""",
    )
    import_paths(store, [seed])
    kept = store.merge("person:alice-evans", "person:a-evans")
    assert "A. Evans" in kept.aliases
    assert store.entity("person:a-evans").id == "person:alice-evans"
    write(seed, seed.read_text() + "  - {from: A. Evans, type: WORKS_FOR, to: Some Funder}\n")
    [report] = import_paths(store, [seed])
    assert report.status == "imported", report.errors
    assert store.stats().entities["Person"] == 1
    rels = {(r.source, r.type, r.target) for r in store.subgraph().relations}
    assert ("person:alice-evans", "PARTICIPATED_IN", "event:big-meeting") in rels


def test_an_alias_goes_when_no_file_gives_it_any_more(store, in_tmp_cwd):
    a = write(
        in_tmp_cwd / "a.yaml",
        "entities:\n  - {type: Person, name: Jean Stretton, aliases: [JS, Cllr Stretton]}\n",
    )
    b = write(
        in_tmp_cwd / "b.yaml",
        "entities:\n  - {type: Person, name: Jean Stretton, aliases: [Jean S]}\n",
    )
    import_paths(store, [a, b])
    assert store.entity("person:jean-stretton").aliases == ["JS", "Cllr Stretton", "Jean S"]
    write(a, "entities:\n  - {type: Person, name: Jean Stretton, aliases: [Cllr Stretton]}\n")
    [changed, _] = import_paths(store, [a, b])
    assert changed.status == "imported"
    assert sorted(store.entity("person:jean-stretton").aliases) == ["Cllr Stretton", "Jean S"]
    with pytest.raises(EntityNotFound):
        find_entity(store, "JS")
    assert find_entity(store, "Jean S").id == "person:jean-stretton"
    store.remove_source("source:b.yaml")
    assert store.entity("person:jean-stretton").aliases == ["Cllr Stretton"]
    with pytest.raises(EntityNotFound):
        find_entity(store, "Jean S")


def test_merged_names_stay_when_their_file_changes(store, in_tmp_cwd):
    seed = write(
        in_tmp_cwd / "people.yaml",
        "entities:\n  - {type: Person, name: Alice Evans}\n"
        "  - {type: Person, name: A. Evans, aliases: [Ali]}\n",
    )
    import_paths(store, [seed])
    store.merge("person:alice-evans", "person:a-evans")
    write(seed, "entities:\n  - {type: Person, name: Alice Evans, aliases: [Dr Evans]}\n")
    [report] = import_paths(store, [seed])
    assert report.status == "imported", report.errors
    assert sorted(store.entity("person:alice-evans").aliases) == ["A. Evans", "Ali", "Dr Evans"]
    assert find_entity(store, "Ali").id == "person:alice-evans"


def test_symmetric_relations_are_stored_once(store, in_tmp_cwd):
    seed = write(
        in_tmp_cwd / "partners.yaml",
        """
entities:
  - {type: Organisation, name: Zeta Trust}
  - {type: Organisation, name: Alpha Network}
relations:
  - {from: Zeta Trust, type: PARTNER_OF, to: Alpha Network}
  - {from: Alpha Network, type: PARTNER_OF, to: Zeta Trust}
""",
    )
    import_paths(store, [seed])
    assert store.stats().relations == {"PARTNER_OF": 1}


def test_removing_a_source_forgets_what_only_it_said(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    store.remove_source("source:launch.yaml")
    assert store.stats().entities == {}
    assert store.stats().relations == {}
    assert store.list_sources() == []


def test_revision_moves_on_with_every_write_and_only_then(store, in_tmp_cwd):
    seed = launch_copy(in_tmp_cwd)
    first = store.revision()
    import_paths(store, [seed])
    imported = store.revision()
    assert imported != first
    import_paths(store, [seed])  # unchanged: nothing written
    store.walk("person:henry-kippin", {})
    assert store.revision() == imported
    store.merge("person:alice-evans", "person:anna-eaton")
    assert store.revision() != imported


def test_induced_subgraph_keeps_the_relations_among_the_ids(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    ids = ["person:henry-kippin", "organisation:collaborate", "person:anna-randle", "nobody:x"]
    sub = store.induced(ids)
    assert [e.id for e in sub.entities] == sorted(ids[:3])
    assert [(r.source, r.type, r.target) for r in sub.relations] == [
        ("person:anna-randle", "WORKS_FOR", "organisation:collaborate"),
        ("person:henry-kippin", "WORKS_FOR", "organisation:collaborate"),
    ]
    assert all(e.sources == ["source:launch.yaml"] for e in sub.entities)


def test_walks_follow_merged_ids(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    store.merge("person:henry-kippin", "person:mel-parks")
    via_old = store.walk("person:mel-parks", {})
    assert via_old.entity.id == "person:henry-kippin"
    assert via_old.subgraph == store.walk("person:henry-kippin", {}).subgraph
    assert collaborators_of(store, "person:mel-parks")["entity"]["id"] == "person:henry-kippin"


def test_path_subgraph_holds_the_paths_and_the_relations_among_their_entities(store, in_tmp_cwd):
    import_paths(store, [launch_copy(in_tmp_cwd)])
    sub = store.path_subgraph("person:henry-kippin", "person:anna-randle", max_hops=8)
    ids = [e.id for e in sub.entities]
    assert ids == sorted(ids)
    middle = {"organisation:collaborate", "event:launch-of-building-collaborative-places"}
    assert set(ids) == {"person:anna-randle", "person:henry-kippin"} | middle
    ends = {(r.source, r.target) for r in sub.relations}
    assert {(p, m) for p in ("person:anna-randle", "person:henry-kippin") for m in middle} <= ends
    assert all(r.source in ids and r.target in ids for r in sub.relations)
    with pytest.raises(NoPath):
        store.path_subgraph("person:henry-kippin", "person:mel-parks", max_hops=8)
    with pytest.raises(EntityNotFound):
        store.path_subgraph("person:henry-kippin", "person:nobody", max_hops=8)


def test_an_import_leaves_the_interpreter_as_it_found_it(store, in_tmp_cwd):
    """Imports pause the cyclic GC and shorten the thread switch interval; both
    come back afterwards, also when a file fails."""
    files = kumu_pair(in_tmp_cwd, ["Ada", "Bo"], [("Ada", "Bo"), ("Ada", "Nobody")])
    before = (gc.isenabled(), sys.getswitchinterval())
    reports = import_paths(store, files)
    assert [r.status for r in reports] == ["imported", "failed"]
    assert (gc.isenabled(), sys.getswitchinterval()) == before
