"""A giver set apart from its verb of giving by an aside or a phrase of time
("Foo, based in Kelby, has donated £5,000 to Bar", "Foo has this week awarded"):
the verb's subject gave the money (rules/organising.py, grant_funders.parsed_giver).
Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Foundation, the county's biggest funder, has awarded £5,000 to Tern Trust.",
        "The Heron Foundation, which was set up in 1990, has awarded £5,000 to Tern Trust.",
        "The Heron Foundation, based in Kelby, has donated £5,000 to Tern Trust.",
        "The Heron Foundation, based in Kelby, donated £5,000 to Tern Trust.",
        "The Heron Foundation has this week awarded £5,000 to Tern Trust.",
        "The Heron Foundation, a local grant-maker, is providing £5,000 to Tern Trust.",
    ],
)
def test_a_giver_set_apart_from_its_verb_funded_the_grantee(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Tern Trust") in pairs(seed, "FUNDED")


def test_a_fund_set_apart_from_its_verb_gives_its_runners_money():
    seed = extract_text(
        "The Kelby Community Fund, administered by the Heron Foundation, "
        "has awarded £5,000 to Tern Trust.\n"
    )
    assert ("Heron Foundation", "Tern Trust") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        # a person gives: no body's grant, whatever the aside names
        "Jane Doe, chair of Kelby Rotary, has this week donated £500 to Tern Trust.",
        # the place in the aside is no giver
        "Jane Doe, based in Kelby, donated £500 to Tern Trust.",
        # people before the verb are its subject, not a body a parse may mistype
        "Ada Brook and Tom Ridley have donated £3,000 to Tern Trust.",
    ],
)
def test_no_body_is_made_a_giver_when_the_subject_is_a_person(sentence):
    seed = extract_text(sentence + "\n")
    assert not [p for p in pairs(seed, "FUNDED") if p[1] == "Tern Trust"]
