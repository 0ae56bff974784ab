"""Contracts as funding (`rules/commissioned_work.py`, the `active` cue "commission"):
a body awarding a contract to another funded it, and the named service it is for;
a service delivered "under a three-year contract from" a body is funded by that
body; bodies that "commission" a named service fund it. Fictional bodies, made-up
wording; near-misses that must give nothing."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


@pytest.mark.parametrize(
    ("sentence", "payer", "paid"),
    [
        (
            "A new service for unpaid carers opens next month, after Tarnby Borough Council "
            "awarded a three-year contract to the Tarnby Carers Consortium.",
            "Tarnby Borough Council",
            "Tarnby Carers Consortium",
        ),
        (
            "After a tender, Wexholm County Council has awarded a four-year contract for the "
            "Wexholm Home Help service to a partnership led by Fenby Helping Hands.",
            "Wexholm County Council",
            "Wexholm Home Help",
        ),
        (
            "Since May the Dalby Memory Navigator service has been delivered by Minds First "
            "Society under a three-year contract from Dalby District Council.",
            "Dalby District Council",
            "Dalby Memory Navigator",
        ),
        (
            "Our worker leads the Fenby Carers Review Service, which we carry out on behalf of "
            "Fenby County Council.",
            "Fenby County Council",
            "Fenby Carers Review Service",
        ),
        (
            "Orley Borough Council and NHS Orley Integrated Care Board jointly commission our "
            "Orley Carers Assessment Service.",
            "NHS Orley Integrated Care Board",
            "Orley Carers Assessment Service",
        ),
    ],
)
def test_a_contract_given_is_funding(sentence, payer, paid):
    assert (payer, paid) in _funded("Our news\n\n" + sentence + "\n")


def test_the_council_awarding_is_the_council_named_before():
    text = (
        "Our news\n\n"
        "Tarnby Borough Council has reviewed its carers' services this year.\n\n"
        "After the review, the council awarded a three-year contract to the Tarnby Carers "
        "Consortium.\n"
    )
    assert ("Tarnby Borough Council", "Tarnby Carers Consortium") in _funded(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarnby Carers Consortium was awarded a prize by Tarnby Borough Council.",
        "Tarnby Borough Council awarded a certificate to the Tarnby Carers Consortium.",
        "The Tarnby Carers Consortium gave a contract to its cleaners last year.",
    ],
)
def test_no_contract_no_funding(sentence):
    assert ("Tarnby Borough Council", "Tarnby Carers Consortium") not in _funded(
        "Our news\n\n" + sentence + "\n"
    )
