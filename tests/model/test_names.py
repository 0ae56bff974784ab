"""Ids and keys: different names never share an id; one name written many ways shares a key."""

from __future__ import annotations

from collabgraph.model.names import declared_entity_id, entity_id, full_key, name_key

STEM = "Annual Conference of the North East Voluntary and Community Sector Partnerships"


def test_ids_keep_their_letters_and_stay_apart_for_different_names():
    assert entity_id("Person", "Łukasz Nowak").startswith("person:lukasz-nowak-")
    assert entity_id("Person", "Lukas Müller") != entity_id("Person", "Lukas Muller")
    assert entity_id("Event", f"{STEM}: Morning") != entity_id("Event", f"{STEM}: Evening")
    assert entity_id("Person", "Henry Kippin") == "person:henry-kippin"
    assert entity_id("Organisation", "Collaborate CIC") == "organisation:collaborate"


def test_declared_ids_differing_in_case_stay_apart():
    assert declared_entity_id("Person", "p-001") == "person:p-001"
    assert declared_entity_id("Person", "P-001").startswith("person:p-001-")
    assert declared_entity_id("Person", "person:david-pryce-cwm") == "person:david-pryce-cwm"


def test_one_name_written_many_ways_shares_a_key():
    same = ["A. Evans", "A Evans", "a  evans", "A\u200b Evans", "Dr A. Evans OBE"]
    assert len({name_key(n, "Person") for n in same}) == 1
    assert name_key("Anne-Marie Cole", "Person") == name_key("Anne Marie Cole", "Person")
    assert name_key("People's Voice", "Organisation") == name_key("Peoples Voice", "Organisation")


def test_organisations_keep_their_full_name_apart_from_their_matching_key():
    assert name_key("The Bridge Trust", "Organisation") == name_key("The Bridge", "Organisation")
    assert full_key("The Bridge Trust", "Organisation") != full_key("The Bridge", "Organisation")
