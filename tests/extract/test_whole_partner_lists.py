"""A partnership's listed members are each other's partners only when the list is
the whole of what the sentence names (rules/whole_lists.py, rules/compositions.py):
not a few of many ("our 19 member organisations, including A and B"), nor a list
with an unnamed item ("A, B and representatives of the voluntary sector"). Their
membership stays. Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(extract_text(text + "\n"), "PARTNER_OF")}


def _members(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text + "\n"), "MEMBER_OF")


@pytest.mark.parametrize(
    "text",
    [
        "The Orton Homes Partnership brings together Fenby Council, Ardle Housing Trust and "
        "Tarn Shelter, which runs the recovery service.",
        "The Orton High Streets Collaborative brings together the Fenby Council, Ardle Housing "
        "Trust and Tarn Shelter, and will run a grants programme.",
    ],
)
def test_a_whole_list_of_a_partnership_are_partners(text):
    assert frozenset({"Fenby Council", "Ardle Housing Trust"}) in _partners(text)
    assert frozenset({"Ardle Housing Trust", "Tarn Shelter"}) in _partners(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Orton Food Partnership brings together our 19 member organisations, including "
        "Fenby Council, Ardle Housing, Tarn Food Bank and Fenby College.",
        "The Orton Safety Partnership brings together Fenby Council, Ardle Police, Tarn Fire "
        "Service and representatives of the voluntary sector.",
        "The Orton Food Partnership, which brings together the council, Tarn Food Bank, Ardle "
        "Growers and the public health team at the council, wrote the plan.",
    ],
)
def test_a_partial_list_of_a_partnership_are_not_partners(text):
    assert _partners(text) == set()


def test_a_partial_list_keeps_its_members():
    text = (
        "The Orton Safety Partnership brings together Fenby Council, Ardle Police, Tarn Fire "
        "Service and representatives of the voluntary sector."
    )
    assert ("Ardle Police", "Orton Safety Partnership") in _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Orton Safety Partnership was set up in 2019. The partnership brings together Fenby "
        "Council, Ardle Police, Tarn Fire Service, the Probation Service and representatives of "
        "the voluntary sector.",
        "The partnership brings together Fenby Council, Ardle Police and people who use the "
        "service.",
    ],
)
def test_a_partnership_of_named_and_unnamed_bodies_makes_no_partners(text):
    assert _partners(text) == set()


def test_a_partnership_of_named_bodies_only_still_makes_partners():
    text = (
        "The new service was launched last week. The partnership brings together Fenby Council, "
        "Ardle Housing Trust and Tarn Shelter."
    )
    assert frozenset({"Fenby Council", "Tarn Shelter"}) in _partners(text)
