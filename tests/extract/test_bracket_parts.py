"""A person's body in brackets among their initials, post or field (a record's list
of who came): the person works there, with the post beside it when it is a job;
a body with its person in brackets the same. A bracket holding a clause, another
person, or a seat (a chair) is left."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_MEETING = "Fenby Care Forum quarterly meeting\n\n"


def _seed(line: str) -> dict:
    return extract_text(_MEETING + line + "\n", path="minutes.txt")


def test_a_body_among_initials_and_a_field_is_where_the_person_works():
    seed = _seed(
        "Present: Ada Foss (AF, Westfold Borough Council, Commissioning), "
        "Jo Tern (Highways, Kelby City Council)."
    )
    assert ("Ada Foss", "Westfold Borough Council") in pairs(seed, "WORKS_FOR")
    assert ("Jo Tern", "Kelby City Council", "Highways") in with_roles(seed, "WORKS_FOR")


def test_a_body_after_initials_and_a_dash():
    seed = _seed("Present: Kay Moss (KM – Fenby Arts Hub), Jo Tern (Highways, Kelby Council).")
    assert ("Kay Moss", "Fenby Arts Hub") in pairs(seed, "WORKS_FOR")
    assert not {b for a, b in pairs(seed, "WORKS_FOR") if b == "KM"}


def test_a_job_beside_the_body_is_the_post_held_there():
    seed = _seed("Present: Ada Foss (Westfold Homes Trust, Senior Policy Officer).")
    assert ("Ada Foss", "WORKS_FOR", "Westfold Homes Trust", "Senior Policy Officer") in {
        (a, "WORKS_FOR", b, r) for a, b, r in with_roles(seed, "WORKS_FOR")
    }


def test_two_bodies_in_the_bracket_are_both_the_persons():
    seed = _seed("Also attending: Jo Tern (Fenby Jobs Service, Department for Work).")
    assert {("Jo Tern", "Fenby Jobs Service"), ("Jo Tern", "Department for Work")} <= pairs(
        seed, "WORKS_FOR"
    )


def test_a_body_with_its_person_and_post_in_brackets():
    seed = _seed("Members: Fenby Bus Company (Ann Hale, Commercial Director); Kelby Civic Trust.")
    assert ("Ann Hale", "Fenby Bus Company", "Commercial Director") in with_roles(seed, "WORKS_FOR")


def test_a_seat_a_clause_or_another_person_leaves_the_bracket_alone():
    seed = _seed(
        "Members: Kelby Trust (Joe Pike, Chair). Jo Tern (Kelby Council, who funded it) "
        "came with Ray Dunn (Ada Foss, Fenby Homes)."
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Joe Pike", "Kelby Trust") not in works
    assert ("Jo Tern", "Kelby Council") not in works
    assert ("Ray Dunn", "Fenby Homes") not in works


def test_a_seat_beside_the_body_is_no_job_there():
    seed = _seed("Present: Kay Moss (KM, Chair, Fenby Arts Hub), Jo Tern (Kelby Homes).")
    assert ("Kay Moss", "Fenby Arts Hub") not in pairs(seed, "WORKS_FOR")
