"""A tie read for one name of a list given to every name listed with it
(rules/conjuncts.py): "a member of A and B", "A, B and C are members of X";
not past "but not", not a post each holds for himself, not a place that hangs
from one name of the list. All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _read(text: str) -> dict:
    return extract_text(text + "\n", path="news.txt")


def test_a_person_is_a_member_of_each_body_listed():
    members = pairs(
        _read(
            "Jane Doe is a member of the Kelby Society of Botany and the Royal Society of Orrin."
        ),
        "MEMBER_OF",
    )
    assert {
        ("Jane Doe", "Kelby Society of Botany"),
        ("Jane Doe", "Royal Society of Orrin"),
    } <= members


def test_a_body_is_a_member_of_each_network_listed():
    members = pairs(
        _read("The Foo Trust is a member of the Kelby Alliance and the Dale Network."), "MEMBER_OF"
    )
    assert {("Foo Trust", "Kelby Alliance"), ("Foo Trust", "Dale Network")} <= members


def test_a_fellow_of_two_societies():
    members = pairs(
        _read(
            "Professor Ada Brook is a Fellow of the Kelby Society of Botany and the Royal "
            "Society of Orrin."
        ),
        "MEMBER_OF",
    )
    assert {
        ("Ada Brook", "Kelby Society of Botany"),
        ("Ada Brook", "Royal Society of Orrin"),
    } <= members


def test_a_name_set_apart_by_but_not_gets_no_tie():
    members = pairs(
        _read(
            "Jane Doe is a member of the Kelby Society of Botany but not the Royal Society "
            "of Orrin."
        ),
        "MEMBER_OF",
    )
    assert ("Jane Doe", "Kelby Society of Botany") in members
    assert ("Jane Doe", "Royal Society of Orrin") not in members


def test_a_post_is_not_spread_to_the_next_person_listed():
    seed = _read("The guests met Kelby Trust chairman Jane Doe and chief executive John Roe.")
    assert ("John Roe", "Kelby Trust") not in pairs(seed, "MEMBER_OF")
    seed = _read(
        "Jane Doe, chair of the Kelby Trust, and John Roe, director of the Dale Forum, are "
        "members of the Orrin Network."
    )
    assert ("John Roe", "Kelby Trust") not in pairs(seed, "MEMBER_OF")
    assert {("Jane Doe", "Orrin Network"), ("John Roe", "Orrin Network")} <= pairs(
        seed, "MEMBER_OF"
    )


def test_each_body_listed_as_hosts_held_the_event():
    hosts = pairs(
        _read(
            "The Foo Trust, the Bar Forum and Kelby Youth Network hosted the Kelby Summit in May."
        ),
        "ORGANISED",
    )
    assert {
        ("Foo Trust", "Kelby Summit"),
        ("Bar Forum", "Kelby Summit"),
        ("Kelby Youth Network", "Kelby Summit"),
    } <= hosts
