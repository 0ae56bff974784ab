"""Partnership wordings: a partner described by where it is based and what it is
("Fenby-based arts charity Foo"), "its partners include" after a sentence opening
with "It", partnering "again" or "once more", and two bodies' joint investment or
projects. All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_A, _B = "Fenby Housing Trust", "Dalby Arts Collective"


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(extract_text("News\n\n" + text + "\n"), "PARTNER_OF")}


@pytest.mark.parametrize(
    "sentence",
    [
        f"A new partnership between care home provider {_A} and Kelby-based arts charity "
        "Dalby Arts Collective was announced.",
        f"The scheme is a partnership between {_A} and Kelby based youth charity "
        "Dalby Arts Collective.",
    ],
)
def test_a_partner_after_where_it_is_based_and_what_it_is_is_still_listed(sentence):
    assert frozenset({_A, _B}) in _partners(sentence)


@pytest.mark.parametrize(
    "second",
    [
        "It receives funding from Kelby Arts Board, and its partners include the Ayton "
        "Concert Hall, Tern Live and the Beeford School.",
        "It is chaired by Kelby Arts Board and its partners include the Ayton Concert Hall, "
        "Tern Live and the Beeford School.",
    ],
)
def test_its_partners_after_a_sentence_opening_with_it_are_what_it_stands_for(second):
    text = "Fenby Music Hub supports young musicians across the county. " + second
    seed = extract_text("News\n\n" + text + "\n")
    partners = {frozenset(p) for p in pairs(seed, "PARTNER_OF")}
    hub = "Fenby Music Hub"
    assert {frozenset({hub, x}) for x in ("Ayton Concert Hall", "Tern Live")} <= partners
    assert not any("Kelby Arts Board" in p for p in partners)
    assert not any(b == "Kelby Arts Board" for _, b in pairs(seed, "MEMBER_OF"))


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} is partnering again with {_B} on the winter programme.",
        f"{_A} has partnered once more with {_B}.",
    ],
)
def test_partnering_again_with_a_body_makes_them_partners(sentence):
    assert frozenset({_A, _B}) in _partners(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} and {_B} are making the joint investment over the next three years.",
        f"{_A} and {_B} have launched joint projects to support families.",
    ],
)
def test_two_bodies_making_a_joint_investment_or_projects_are_partners(sentence):
    assert frozenset({_A, _B}) in _partners(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        f"The hub is a new partnership between {_A}, an arts organisation located in Kelby, "
        f"and {_B}, a charity serving refugees in Kelby.",
        f"The hub is a partnership between {_A}, a housing association, {_B} and Ayton Council.",
    ],
)
def test_partners_set_off_by_what_they_are_are_each_listed(sentence):
    assert frozenset({_A, _B}) in _partners(sentence)


@pytest.mark.parametrize("name", ["Volunteer Centre Kelby (VCK)", "Ayton Association Tern (AAT)"])
def test_a_name_going_by_its_letters_with_a_bodys_word_inside_is_a_body(name):
    text = f"The service is a partnership involving {_A}, {name} and {_B}."
    seed = extract_text("News\n\n" + text + "\n")
    body = name.split(" (")[0]
    assert {e["type"] for e in seed["entities"] if e["name"] == body} == {"Organisation"}
    partners = {frozenset(p) for p in pairs(seed, "PARTNER_OF")}
    assert frozenset({_A, body}) in partners


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} has an affiliation with {_B}.",
        f"Jane Doe attended, representing the {_A} that has an affiliation with {_B}.",
    ],
)
def test_a_body_with_an_affiliation_with_another_is_its_partner(sentence):
    assert frozenset({_A, _B}) in _partners(sentence)
