"""Money given "towards" a body or project ("Kelby Council has pledged £50,000
towards Tern Food Hub"), grants "to three local charities:" and the list after the
colon, a giver with adverbs before its verb ("are generously providing"), and a
body's fund that awards ("The Heron Trust's Youth
Fund has awarded Tern Food Hub £10,000": the trust's money, as with "£5,000 from
the Youth Fund"; rules/organising.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Council has pledged £50,000 towards Tern Food Hub.",
        "Kelby Council has contributed £50,000 towards Tern Food Hub.",
        "Kelby Council has given £50,000 towards Tern Food Hub.",
    ],
)
def test_money_towards_a_body_funds_it(sentence):
    assert ("Kelby Council", "Tern Food Hub") in pairs(extract_text(sentence + "\n"), "FUNDED")


def test_support_towards_without_money_funds_nothing():
    seed = extract_text("Kelby Council has given its support towards Tern Food Hub.\n")
    assert ("Kelby Council", "Tern Food Hub") not in pairs(seed, "FUNDED")


def test_a_bodys_fund_that_awards_gives_the_bodys_money():
    seed = extract_text("The Heron Trust’s Youth Fund has awarded Tern Food Hub £10,000.\n")
    assert ("Heron Trust", "Tern Food Hub") in pairs(seed, "FUNDED")


def test_grants_to_bodies_listed_after_a_colon():
    seed = extract_text(
        "The Heron Trust has awarded grants to three local charities: Tern Food Hub, Plover "
        "Youth Club and Marlow Carers.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert {("Heron Trust", "Tern Food Hub"), ("Heron Trust", "Marlow Carers")} <= funded


@pytest.mark.parametrize(
    "sentence",
    [
        "The Heron Trust are generously providing £1.2 million of funding for Tern Food Hub.",
        "The Heron Trust has also very kindly given £5,000 to Tern Food Hub.",
    ],
)
def test_adverbs_between_the_giver_and_its_verb(sentence):
    assert ("Heron Trust", "Tern Food Hub") in pairs(extract_text(sentence + "\n"), "FUNDED")
