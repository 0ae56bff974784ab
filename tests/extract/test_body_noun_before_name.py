"""A body's common noun written as a modifier right before a name ("housing
charity Tom Fenby", "disability charity Harbour") says the name is a body, even
when the recogniser guessed a person; not when the name opens a clause of which
the noun is the object ("the charity Ada Brook founded"). A name after "the" that
modifies a described body noun ("the Ada Brook mental health charity") is a body
too. The field written in capitals before the noun ("Homelessness charity Tom
Fenby", "Domestic Abuse charity the Ashdown Project") names no body, on a line
of its own or in a list of grantees. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _types(text: str) -> dict[str, str]:
    seed = extract_text("Kelby network news\n" + text + "\n")
    return {e["name"]: e["type"] for e in seed["entities"]}


def test_a_body_noun_before_a_name_like_a_person_makes_it_a_body():
    types = _types("Ada Brook now leads youth charity Tom Fenby in Dalby.")
    assert types.get("Tom Fenby") == "Organisation"
    assert types.get("Ada Brook") == "Person"


def test_a_body_noun_before_an_everyday_word_makes_it_a_body():
    types = _types("Tom Reed is taking disability charity Scope through change.")
    assert types.get("Scope") == "Organisation"


def test_a_person_opening_a_clause_after_the_noun_stays_a_person():
    types = _types("The charity Ada Brook founded in 2010 now has ten staff.")
    assert types.get("Ada Brook") == "Person"


def test_a_name_before_a_described_body_noun_is_a_body():
    types = _types(
        "Tom Reed was thanked for his voluntary work within the Ada Brook mental health charity."
    )
    assert types.get("Ada Brook") == "Organisation"
    assert types.get("Tom Reed") == "Person"


def test_a_name_with_no_type_before_a_described_body_noun_is_a_body():
    types = _types("She joined the Kestrel Vale youth charity in 2019.")
    assert types.get("Kestrel Vale") == "Organisation"


@pytest.mark.parametrize(
    ("text", "body", "field"),
    [
        ("Homelessness charity Tom Fenby said the money mattered.", "Tom Fenby", "Homelessness"),
        ("Disability charity Harbour Links welcomed the grant.", "Harbour Links", "Disability"),
        (
            "Mental Health charity the Ashdown Project opened a hub in Dalby.",
            "Ashdown Project",
            "Mental Health",
        ),
    ],
)
def test_a_field_in_capitals_before_a_body_noun_is_no_body(text, body, field):
    types = _types(text)
    assert types.get(body) == "Organisation"
    assert field not in types


def test_a_place_before_a_body_noun_is_not_taken_for_a_field():
    types = _types("Dalby charity Harbour Links welcomed the grant.")
    assert types.get("Harbour Links") == "Organisation"


def test_a_listed_grantee_after_its_field_and_noun_is_the_grantee():
    seed = extract_text(
        "Grants announced\n\n"
        "The Heron Foundation has awarded grants to the following groups:\n\n"
        "- Mental Health charity the Ashdown Project – £500 to support young women\n"
        "- Domestic Abuse charity Harbour Links – £300 for outreach work\n"
        "- Fenby Carers Group – £400 to support young mothers\n"
    )
    funded = pairs(seed, "FUNDED")
    assert {
        ("Heron Foundation", "Ashdown Project"),
        ("Heron Foundation", "Harbour Links"),
        ("Heron Foundation", "Fenby Carers Group"),
    } <= funded
    names = {e["name"] for e in seed["entities"]}
    assert not names & {"Mental Health", "Domestic Abuse"}
