"""A body's partners named right after "its partners" / "our partners" with no comma
or "include" between (rules/partnership.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

ELM_HOMES = "---\nurl: https://www.elmhomes.org.uk/news/day\n---\n\nElm Homes held a fun day.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our partners Rowan Trust and Hazel Group helped on the day.",
        "The stalls were run with our partners Rowan Trust and Hazel Group.",
        "Elm Homes and its partners Rowan Trust and Hazel Group ran the stalls.",
    ],
)
def test_partners_named_right_after_an_owned_partner_word_are_the_owners(sentence):
    partners = {
        frozenset(p) for p in pairs(extract_text(ELM_HOMES + sentence + "\n"), "PARTNER_OF")
    }
    assert partners >= {
        frozenset({"Elm Homes", "Rowan Trust"}),
        frozenset({"Elm Homes", "Hazel Group"}),
    }


def test_partners_named_with_no_owner_are_nobodys_partners():
    seed = extract_text("Partners Rowan Trust and Hazel Group met in May.\n")
    assert not pairs(seed, "PARTNER_OF")


@pytest.mark.parametrize(
    "sentence",
    [
        "Help will be offered through the council's advice teams and partners like Rowan Trust "
        "and Hazel Advice.",
        "Help comes from the council’s staff and partners such as Rowan Trust and Hazel Advice.",
    ],
)
def test_partners_of_a_body_called_by_its_kind_with_a_possessive_are_its(sentence):
    seed = extract_text("News\n\nElm Vale Council launched a pledge.\n\n" + sentence + "\n")
    partners = {frozenset(p) for p in pairs(seed, "PARTNER_OF")}
    assert partners >= {
        frozenset({"Elm Vale Council", "Rowan Trust"}),
        frozenset({"Elm Vale Council", "Hazel Advice"}),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Duke met staff from Elm Health Trust and its partner organisations, including Rowan "
        "Trust and Hazel Group.",
        "Volunteers from Elm Health Trust and their partners, including Rowan Trust and Hazel "
        "Group, "
        "cleared the park.",
    ],
)
def test_partners_after_a_body_and_its_are_that_bodys(sentence):
    partners = {frozenset(p) for p in pairs(extract_text(sentence + "\n"), "PARTNER_OF")}
    assert partners >= {
        frozenset({"Elm Health Trust", "Rowan Trust"}),
        frozenset({"Elm Health Trust", "Hazel Group"}),
    }
    assert not any("Duke" in p for p in partners)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 21 March 2017 Elm University was pleased to host a celebration of Carers Day, "
        "along with key "
        "partners; ‘Rowan Trust’ (RT), Hazel Group, and the University of Fenby.",
        "Elm University hosted the Carers Day fair alongside local partners Rowan Trust, Hazel "
        "Group and the University of Fenby.",
    ],
)
def test_partners_a_body_works_with_are_the_subjects(sentence):
    partners = {frozenset(p) for p in pairs(extract_text(sentence + "\n"), "PARTNER_OF")}
    assert partners >= {
        frozenset({"Elm University", "Rowan Trust"}),
        frozenset({"Elm University", "Hazel Group"}),
        frozenset({"Elm University", "University of Fenby"}),
    }


def test_partners_of_an_event_with_no_body_working_with_them_are_nobodys():
    seed = extract_text(
        "The Carers Day fair was held on 4 May. Key partners included Rowan Trust and Hazel "
        "Group.\n"
    )
    assert not pairs(seed, "PARTNER_OF")
