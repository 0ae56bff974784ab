"""What a name is, from the whole page's evidence about it: honorifics, pronouns,
given names, what the name does. Small write-ups, made up; each test stands for
a kind of fault seen on pages the rules were not written for (issue 11, phase 5).
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.name_evidence import is_given_name


def entities(text: str) -> set[tuple[str, str]]:
    seed = extract_text(text, path="page.txt")
    return {(e["type"], e["name"]) for e in seed["entities"]}


def typed(text: str, name: str) -> set[str]:
    return {t for t, n in entities(text) if n == name}


# ------------------------------------------------------------------ a person's name


@pytest.mark.parametrize(
    "text",
    [
        "Harbourside Trust has announced the appointment of its new chair, Nicola Brandreth. "
        "She will succeed Tom Hale in May.",
        "Nicola Brandreth joins Harbourside Trust from Westmoor Community Services, where she "
        "has been director of housing since 2019.",
        "Nicola Brandreth joins Harbourside Trust in May. Ms Brandreth said the trust had "
        "a proud history.",
        "The new treasurer of Harbourside Trust is Nicola Brandreth. Speaking after the "
        "meeting, Mrs Brandreth thanked the members.",
        "Harbourside Trust named Nicola Brandreth as its chair. Nicola is also a governor "
        "of Westmoor College and Brandreth said that her first task is to listen.",
    ],
)
def test_a_persons_name_the_page_treats_as_a_person_is_a_person(text):
    """A given name, with an honorific, a pronoun or a post that goes with the
    name elsewhere on the page, makes a person, whatever the recogniser said of
    one mention."""
    assert typed(text, "Nicola Brandreth") == {"Person"}


def test_the_short_forms_of_the_persons_name_are_the_same_person():
    text = (
        "Harbourside Trust has appointed Nicola Brandreth as chair. Nicola Brandreth joins "
        "from Westmoor Community Services. Ms Brandreth said: \u201cI am delighted.\u201d "
        "Nicola is also a governor of Westmoor College."
    )
    names = entities(text)
    assert ("Person", "Nicola Brandreth") in names
    assert not {n for _, n in names} & {"Nicola", "Brandreth", "Ms Brandreth"}


@pytest.mark.parametrize(
    "text",
    [
        "The grant went to Hope Lane, a charity in Dalby. Hope Lane said it would fund two "
        "posts, and her trustees agreed.",
    ],
)
def test_a_body_named_with_a_given_name_is_not_made_a_person_without_evidence(text):
    """A given name alone is one vote: bodies whose names begin with one stay
    what the page makes them."""
    assert "Person" not in typed(text, "Hope Lane")


# ------------------------------------------------------------------ not a person


@pytest.mark.parametrize(
    "text",
    [
        "The keynote came from Tom Hale, Vice-Chair of Westmoor Forum and Labour Councillor "
        "for Dalby.",
        "Speakers included Tom Hale, a Green Councillor in Dalby.",
    ],
)
def test_a_party_and_a_job_are_not_a_name(text):
    assert not {n for _, n in entities(text)} & {"Labour Councillor", "Green Councillor"}


def test_a_job_is_not_an_organisation():
    text = "Questions about your data go to our Data Protection Officer at Westmoor Council."
    assert "Data Protection Officer" not in {n for _, n in entities(text)}


# ------------------------------------------------------------------ a body, not a place


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, the chief executive of Threshold, the umbrella body for tenants' groups, "
        "has announced he will step down. The Threshold board will recruit a successor.",
        "Tom Hale was formerly director of Threshold, which merged with another charity in "
        "2011. He said Threshold had been a joy to lead.",
    ],
)
def test_a_one_word_body_that_is_also_a_word_is_an_organisation(text):
    assert typed(text, "Threshold") == {"Organisation"}


# ------------------------------------------------------------------ the given names


def test_given_names_are_known_with_or_without_accents():
    assert is_given_name("Gráinne") and is_given_name("Grainne") and is_given_name("Dafydd")
    assert not is_given_name("Threshold") and not is_given_name("Councillor")
