"""A tie read for one name of a list given to every name listed with it
(rules/conjuncts.py): "a member of A and B", "A, B and C are members of X";
not past "but not", not a post each holds for himself, not what hangs from one
name of the list, not to a name that only owns the noun listed. Each test of a
"not" reads a sentence the parser (or the commas-and-"and" reading) does list,
so it fails when the guard it names is turned off. All names are made up."""

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
    # the parser lists "the Foo Trust but not the Bar Forum" (conj): `_set_apart`
    funded = pairs(_read("The Foo Fund funded the Foo Trust but not the Bar Forum."), "FUNDED")
    assert ("Foo Fund", "Foo Trust") in funded
    assert ("Foo Fund", "Bar Forum") not in funded
    members = pairs(
        _read("Jane Doe, but not John Roe, is a member of the Foo Network."), "MEMBER_OF"
    )
    assert ("Jane Doe", "Foo Network") in members
    assert ("John Roe", "Foo Network") not in members


def test_one_set_apart_at_the_end_of_a_list():
    members = pairs(
        _read("Jane Doe and John Roe, but not Ann Lee, are members of the Foo Network."),
        "MEMBER_OF",
    )
    assert {("Jane Doe", "Foo Network"), ("John Roe", "Foo Network")} <= members
    assert ("Ann Lee", "Foo Network") not in members


def test_a_post_is_not_spread_to_the_next_person_listed():
    # "as well as Ann Lee" is listed with the co-chairs, but a post is each one's
    # own (vocab/conjunct_relations.txt has no WORKS_FOR)
    seed = _read(
        "Among the guests were the Foo Network's two co-chairs, Jane Doe and John Roe who "
        "have long championed the rights of carers, as well as Ann Lee, the Kelby "
        "spokesperson for care."
    )
    members = pairs(seed, "MEMBER_OF")
    assert {("Jane Doe", "Foo Network"), ("John Roe", "Foo Network")} <= members
    assert ("Ann Lee", "Foo Network") not in members


def test_a_seat_said_of_one_name_of_a_list_is_not_spread():
    # "Jane Doe, a trustee of Foo Trust, and John Roe": the seat hangs from Jane Doe
    # (`_own_modifier`); "trustees of" said of both is each one's
    seed = _read("Thanks go to Jane Doe, a trustee of the Foo Trust, and John Roe.")
    assert ("Jane Doe", "Foo Trust") in pairs(seed, "MEMBER_OF")
    assert ("John Roe", "Foo Trust") not in pairs(seed, "MEMBER_OF")
    seed = _read("Jane Doe and John Roe, trustees of Foo Trust, spoke at the Kelby Forum.")
    assert {("Jane Doe", "Foo Trust"), ("John Roe", "Foo Trust")} <= pairs(seed, "MEMBER_OF")


def test_a_seat_said_of_a_body_is_not_spread_to_the_next_body_listed():
    seed = _read(
        "The Foo Trust, a member of the Kelby Network, and the Bar Forum signed the pledge."
    )
    members = pairs(seed, "MEMBER_OF")
    assert ("Foo Trust", "Kelby Network") in members
    assert ("Bar Forum", "Kelby Network") not in members  # `_own_modifier`
    assert ("Foo Trust", "Bar Forum") not in members  # `_joined_elsewhere`


def test_the_comma_closing_a_seat_lists_the_next_name_with_the_holder():
    # the parser lists Jane Doe with the Bar Forum; commas and "and" alone would
    # list the Foo Trust with it and make her a trustee of both (`_joined_elsewhere`)
    seed = _read("Jane Doe, a trustee of the Foo Trust, and the Bar Forum signed the pledge.")
    members = pairs(seed, "MEMBER_OF")
    assert ("Jane Doe", "Foo Trust") in members
    assert ("Jane Doe", "Bar Forum") not in members


def test_a_name_owning_the_noun_listed_gets_no_tie():
    # "the Bar Forum youth project", "John Roe's daughter": the noun is listed (`_describes`)
    funded = pairs(
        _read("The Foo Fund funded the Foo Trust and the Bar Forum youth project."), "FUNDED"
    )
    assert ("Foo Fund", "Foo Trust") in funded
    assert ("Foo Fund", "Bar Forum") not in funded
    members = pairs(
        _read("Jane Doe and John Roe's daughter are members of the Foo Network."), "MEMBER_OF"
    )
    assert ("Jane Doe", "Foo Network") in members
    assert ("John Roe", "Foo Network") not in members


def test_each_body_listed_as_hosts_held_the_event():
    # read by the hosting rules themselves (organising.co_hosts, event_hosts): a
    # list of hosts is ORGANISED for each, with or without `spread`
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
