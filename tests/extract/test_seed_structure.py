"""The seed's build steps on their own (no spaCy): the relation table every
relation goes through, the order of the steps after the rules' relations, and
the lists the seed writes."""

from types import SimpleNamespace

import yaml

from collabgraph.extract.coref import Entity
from collabgraph.extract.seed_output import entity_items, relation_items, to_yaml
from collabgraph.extract.seed_relations import RelationTable
from collabgraph.extract.seed_ties import STEPS


def _e(name: str, kind: str, *aliases: str) -> Entity:
    return Entity(mentions=[], type=kind, name=name, aliases=list(aliases))


JO = _e("Jo Tern", "Person")
KELBY = _e("Kelby Trust", "Organisation")
FENBY = _e("Fenby Council", "Organisation")
FAIR = _e("Kelby Spring Fair", "Event")
LANES = _e("Kelby Lanes Fund", "Project")
DALE = _e("Dale Hall", "Place")


def _add(table, src, rel, dst, role=None, evidence="", confidence=0.6):
    table.add(src, rel, dst, role=role, evidence=evidence, confidence=confidence)


def test_a_relation_added_twice_is_one_with_the_job_title_and_the_surer_evidence():
    table = RelationTable()
    _add(table, JO, "WORKS_FOR", KELBY, role="trustee", evidence="first", confidence=0.6)
    _add(table, JO, "WORKS_FOR", KELBY, role="Chief Executive", evidence="second", confidence=0.8)
    (only,) = table.values()
    assert (only["from"], only["type"], only["to"]) == ("Jo Tern", "WORKS_FOR", "Kelby Trust")
    assert only["role"] == "Chief Executive"  # a job title beats a seat
    assert (only["evidence"], only["confidence"]) == ("second", 0.8)


def test_a_less_sure_repeat_keeps_the_first_evidence_and_a_higher_seat():
    table = RelationTable()
    _add(table, JO, "MEMBER_OF", KELBY, role="chair", evidence="first", confidence=0.7)
    _add(table, JO, "MEMBER_OF", KELBY, role="trustee", evidence="second", confidence=0.5)
    (only,) = table.values()
    assert (only["role"], only["evidence"], only["confidence"]) == ("chair", "first", 0.7)


def test_a_symmetric_tie_written_both_ways_is_one():
    table = RelationTable()
    _add(table, KELBY, "PARTNER_OF", FENBY)
    _add(table, FENBY, "PARTNER_OF", KELBY)
    assert len(table.values()) == 1


def test_ties_the_vocabulary_or_the_gold_refuses_are_left_out():
    table = RelationTable()
    _add(table, JO, "LOCATED_IN", DALE)  # a person is in no place
    _add(table, KELBY, "PARTNER_OF", KELBY)  # nothing is tied to itself
    _add(table, FENBY, "PARTICIPATED_IN", FAIR, role="partner")  # a partner of an event
    assert table.values() == []
    _add(table, FENBY, "PARTICIPATED_IN", LANES, role="partner")  # of a programme
    assert [r["to"] for r in table.values()] == ["Kelby Lanes Fund"]


def test_a_speaker_or_attendee_takes_no_part_in_a_project():
    table = RelationTable()
    _add(table, JO, "PARTICIPATED_IN", LANES, role="speaker")  # "Jo spoke about the fund"
    _add(table, FENBY, "PARTICIPATED_IN", LANES, role="attendee")
    assert table.values() == []
    _add(table, KELBY, "PARTICIPATED_IN", LANES, role="grantee")  # the fund gave it money
    _add(table, JO, "PARTICIPATED_IN", FAIR, role="speaker")  # at an event
    _add(table, JO, "PARTICIPATED_IN", LANES, role="chair")  # of its steering group
    _add(table, FENBY, "PARTICIPATED_IN", LANES, role="participant")
    assert [(r["to"], r["role"]) for r in table.values()] == [
        ("Kelby Lanes Fund", "grantee"),
        ("Kelby Spring Fair", "speaker"),
        ("Kelby Lanes Fund", "chair"),
        ("Kelby Lanes Fund", "participant"),
    ]


def test_a_finer_word_for_taking_part_is_written_in_the_gold_words():
    table = RelationTable()
    _add(table, KELBY, "PARTICIPATED_IN", FAIR, role="exhibitor")  # "Kelby Trust ran a stall"
    _add(table, JO, "PARTICIPATED_IN", FAIR, role="award winner")
    _add(table, FENBY, "PARTICIPATED_IN", FAIR, role="speaker")
    _add(table, JO, "WORKS_FOR", KELBY, role="performer")  # only taking part is mapped
    assert [r["role"] for r in table.values()] == [
        "participant",
        "participant",
        "speaker",
        "performer",
    ]


def test_relations_are_listed_in_the_order_first_added():
    table = RelationTable()
    _add(table, FAIR, "LOCATED_IN", DALE)
    _add(table, KELBY, "ORGANISED", FAIR)
    _add(table, FAIR, "LOCATED_IN", DALE, confidence=0.9)
    assert [r["type"] for r in relation_items(table.values())] == ["LOCATED_IN", "ORGANISED"]
    assert [r["type"] for r in table.of_type("ORGANISED")] == ["ORGANISED"]


def test_the_steps_run_places_and_names_before_money_and_models_last():
    names = [step.__name__ for step in STEPS]
    assert names.index("owners_in_names") < names.index("programme_money")  # reads RUNS
    assert names.index("launch_organisers") < names.index("page_host")
    # the models are asked only about names left unrelated; only the spreading of a
    # place tie over a list of places (place_spread) reads what they tied, and the
    # partners a membership repeats are left out after all are added (member_partners)
    assert names[-3:] == ["model_ties", "spread_places", "members_not_partners"]


def test_an_alias_that_is_another_name_or_shared_is_not_written():
    fair = _e("Kelby Spring Fair", "Event", "Spring Fair", "Kelby Trust")
    fete = _e("Kelby Spring Fete", "Event", "Spring Fair")
    trust = _e("Kelby Trust", "Organisation", "KT")
    for n, e in enumerate((fair, fete, trust)):
        e.mentions = [SimpleNamespace(id=n, date=None)]
    items = entity_items([fair, fete, trust], SimpleNamespace(descriptions={}))
    assert [i["name"] for i in items] == ["Kelby Trust", "Kelby Spring Fair", "Kelby Spring Fete"]
    assert [i.get("aliases") for i in items] == [["KT"], None, None]
    assert fair.aliases == ["Spring Fair", "Kelby Trust"]  # the entity itself is unchanged


def test_the_yaml_reads_back_to_the_same_seed():
    table = RelationTable()
    _add(
        table,
        JO,
        "WORKS_FOR",
        KELBY,
        role="Director",
        evidence="Jo Tern,\nDirector",
        confidence=0.777,
    )
    seed = {
        "source": {"title": "Kelby news"},
        "entities": [],
        "relations": relation_items(table.values()),
    }
    assert seed["relations"][0]["confidence"] == 0.78
    assert yaml.safe_load(to_yaml(seed)) == seed
