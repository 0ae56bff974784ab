"""People and bodies in lists: "A and B of Foo" (both Foo's), "A of Foo, B and C of
Bar", "A and B, both of Foo", "(all from Foo)", a person's name before "of/from" a
body whatever its words ("Wynn Park of Blue Kettle Makers"), a relative clause
inside a list ("A, who chairs Foo, and B"), and who takes part when people are
listed with their bodies. Each with near-misses that must not give the relation.
Made-up names and sentences."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_DAY = "Marlow Green Open Day 2026\n\nThe Marlow Green Open Day 2026 was held at Tollgate Hall.\n"
_EVENT = "Marlow Green Open Day 2026"


def _kinds(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


def test_two_people_of_one_body_whose_name_has_no_head_word():
    seed = extract_text(
        _DAY + "In the afternoon we heard from Osric Vane and Hilde Rask of Blue Kettle Makers.\n"
    )
    kinds = _kinds(seed)
    assert kinds["Osric Vane"] == kinds["Hilde Rask"] == "Person"
    assert kinds["Blue Kettle Makers"] == "Organisation"
    works = pairs(seed, "WORKS_FOR")
    assert ("Osric Vane", "Blue Kettle Makers") in works
    assert ("Hilde Rask", "Blue Kettle Makers") in works


def test_venue_like_surname_before_of_is_a_person_and_the_body_not_one_more_person():
    seed = extract_text(
        _DAY + "The day was joined by Wynn Park of Fallow Seed Savers and Ines Brook of "
        "Tollgate Pantry.\n"
    )
    kinds = _kinds(seed)
    assert kinds["Wynn Park"] == "Person"
    assert kinds["Fallow Seed Savers"] == "Organisation"
    assert ("Wynn Park", "Fallow Seed Savers") in pairs(seed, "WORKS_FOR")


def test_a_body_named_for_a_plural_noun_is_not_cut_as_a_person():
    seed = extract_text(_DAY + "Stalls came from Faith Communities of Marlow and others.\n")
    assert _kinds(seed).get("Faith Communities") != "Person"


def test_both_of_after_two_people():
    seed = extract_text(
        _DAY + "Rangers Tod Amsel and Vera Quist, both of Marlow Wildlife Trust, led a walk.\n"
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Tod Amsel", "Marlow Wildlife Trust") in works
    assert ("Vera Quist", "Marlow Wildlife Trust") in works


def test_all_from_a_body_in_brackets():
    seed = extract_text(
        _DAY + "On the panel were Cy Lowe, Meg Hart and Abi Tull (all from Marlow Tenants Forum).\n"
    )
    belongs = pairs(seed, "MEMBER_OF") | pairs(seed, "WORKS_FOR")
    for who in ("Cy Lowe", "Meg Hart", "Abi Tull"):
        assert (who, "Marlow Tenants Forum") in belongs


def test_brackets_without_both_stay_with_the_last_person():
    seed = extract_text(_DAY + "Speakers were Cy Lowe and Meg Hart (Marlow Food Hub).\n")
    works = pairs(seed, "WORKS_FOR")
    assert ("Meg Hart", "Marlow Food Hub") in works
    assert ("Cy Lowe", "Marlow Food Hub") not in works


def test_an_item_closed_by_its_own_body_ends_the_shared_run():
    seed = extract_text(
        _DAY + "Thanks go to Nia Holt of Marlow Aid, Sam Reyne and Pat Ogun of Hearth Energy, "
        "and Lew Tarr.\n"
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Sam Reyne", "Hearth Energy") in works
    assert ("Pat Ogun", "Hearth Energy") in works
    assert ("Nia Holt", "Hearth Energy") not in works
    assert not any(who == "Lew Tarr" for who, _ in works)


def test_guests_along_with_people_of_one_body():
    seed = extract_text(
        _DAY + "Guests included the mayor, along with Bea Lund and Kit Orme from Marlow Larder.\n"
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Bea Lund", "Marlow Larder") in works
    assert ("Kit Orme", "Marlow Larder") in works


def test_two_sides_of_a_debate_are_not_one_body():
    seed = extract_text(
        _DAY + "There was a debate between Ros Amery and Dan Kell of Marlow Works.\n"
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Dan Kell", "Marlow Works") in works
    assert ("Ros Amery", "Marlow Works") not in works


def test_a_relative_clause_in_a_list_is_its_own_persons():
    seed = extract_text(
        _DAY + "We heard from Ivy Crewe, who chairs Marlow Residents Union, and Bo Rusk.\n"
    )
    seats = pairs(seed, "MEMBER_OF")
    assert ("Ivy Crewe", "Marlow Residents Union") in seats
    assert ("Bo Rusk", "Marlow Residents Union") not in seats
    took_part = pairs(seed, "PARTICIPATED_IN")
    assert ("Ivy Crewe", _EVENT) in took_part and ("Bo Rusk", _EVENT) in took_part


def test_a_clause_object_list_ends_at_the_comma_closing_the_clause():
    seed = extract_text(_DAY + "Ivy Crewe, who works with Marlow Homes, and Bo Rusk spoke.\n")
    assert ("Ivy Crewe", "Bo Rusk") not in pairs(seed, "COLLABORATES_WITH")
    assert ("Bo Rusk", "Ivy Crewe") not in pairs(seed, "COLLABORATES_WITH")


def test_a_clause_may_still_list_several_bodies():
    seed = extract_text(
        _DAY + "Ivy Crewe, who works with Marlow Homes, Tollgate Aid and Fenwick Trust, spoke.\n"
    )
    partners = {b for a, b in pairs(seed, "COLLABORATES_WITH") if a == "Ivy Crewe"}
    assert {"Marlow Homes", "Tollgate Aid", "Fenwick Trust"} <= partners


def test_people_of_a_body_took_part_not_the_body():
    seed = extract_text(
        _DAY + "Jo Tern and Lyn Pryce of Wexby County Council took part in the open day.\n"
    )
    took_part = pairs(seed, "PARTICIPATED_IN")
    assert ("Jo Tern", _EVENT) in took_part and ("Lyn Pryce", _EVENT) in took_part
    assert ("Wexby County Council", _EVENT) not in took_part


def test_a_person_from_a_district_is_not_from_a_body():
    seed = extract_text(_DAY + "Prizes went to Gil Fane from North Marlow.\n")
    assert _kinds(seed).get("North Marlow") != "Organisation"
    assert not pairs(seed, "WORKS_FOR")


def test_a_gp_at_a_surgery():
    seed = extract_text(_DAY + "Hal Brice, a GP at Tollgate Surgery, opened the day.\n")
    assert ("Hal Brice", "Tollgate Surgery", "GP") in with_roles(seed, "WORKS_FOR")


def test_a_discussion_led_by_people_is_chaired_not_organised():
    seed = extract_text(
        _DAY + "The discussion was led by Ada Wren, director of Marlow Homes, and Tam Oyelaran.\n"
    )
    assert ("Ada Wren", _EVENT, "chair") in with_roles(seed, "PARTICIPATED_IN")
    assert not any(who in {"Ada Wren", "Tam Oyelaran"} for who, _ in pairs(seed, "ORGANISED"))


def test_a_debate_hosted_by_a_body_is_still_organised():
    seed = extract_text(
        "Marlow Housing Debate 2026\n\nThe Marlow Housing Debate 2026 was held at Tollgate "
        "Hall.\nThe debate was hosted by Marlow Civic Trust.\n"
    )
    assert ("Marlow Civic Trust", "Marlow Housing Debate 2026") in pairs(seed, "ORGANISED")


def test_people_who_ran_a_session_took_part():
    seed = extract_text(_DAY + "Oona Pell and Rafe Dunn ran a pottery workshop for children.\n")
    took_part = with_roles(seed, "PARTICIPATED_IN")
    assert ("Oona Pell", _EVENT, "speaker") in took_part
    assert not any(who == "Oona Pell" for who, _ in pairs(seed, "ORGANISED"))


def test_two_groups_each_with_their_own_body():
    seed = extract_text(
        _DAY + "Visitors included Kai Mendez and Rue Hollis of Stepping Stones, and Ola Nyberg "
        "and Tim Vance of Marlow Works.\n"
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Kai Mendez", "Stepping Stones") in works
    assert ("Ola Nyberg", "Marlow Works") in works and ("Tim Vance", "Marlow Works") in works
    assert ("Rue Hollis", "Marlow Works") not in works


def test_a_closed_list_of_people_before_one_of_a_body():
    seed = extract_text(
        _DAY + "Visitors included Kai Mendez, Rue Hollis and Bea Lund, and Tim Vance of "
        "Marlow Works.\n"
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Tim Vance", "Marlow Works") in works
    assert not any(who in {"Kai Mendez", "Rue Hollis", "Bea Lund"} for who, _ in works)


def test_compered_by_a_person_of_a_body():
    seed = extract_text(_DAY + "The evening was compered by Sol Ferrant of Radio Marlow.\n")
    assert ("Sol Ferrant", _EVENT, "chair") in with_roles(seed, "PARTICIPATED_IN")
    assert ("Sol Ferrant", "Radio Marlow") in pairs(seed, "WORKS_FOR")
    assert not any(who == "Radio Marlow" for who, _ in pairs(seed, "PARTICIPATED_IN"))
