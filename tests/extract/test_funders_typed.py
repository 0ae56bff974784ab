"""Funders named before the thing they fund, in one sentence: "Funded by A, B and C,
the Foo project ...", "With support from A, the Foo scheme ...". The noun after the
funded name says what it is, not what the funders are (mentions/list_votes.py), and
the name after a list closed by "and" is the clause's subject, the funded one
(rules/agents.py); after "a new befriending scheme," the name set off by commas is
the funded one (rules/organising.py). Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

HEAD = "# Warm spaces open\n\n"


def _seed(sentence: str) -> dict:
    return extract_text(HEAD + sentence + "\n", path="page.txt")


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    "sentence, funders, funded",
    [
        (
            "Funded by the Marlow Foundation, Pellow Trust and Tern Housing, the Warm "
            "Welcome project opens three warm spaces in Leeds this winter.",
            {"Marlow Foundation", "Pellow Trust", "Tern Housing"},
            "Warm Welcome",
        ),
        (
            "Thanks to funding from Pellow Trust and Kelby Council, the Open Doors "
            "project will help families in Leeds.",
            {"Pellow Trust", "Kelby Council"},
            "Open Doors",
        ),
        (
            "With support from the Marlow Foundation, the Good Neighbours scheme will "
            "run lunch clubs in Leeds.",
            {"Marlow Foundation"},
            "Good Neighbours",
        ),
        (
            "Supported by the Marlow Foundation and Pellow Trust, the Open Doors "
            "programme helps families in Leeds.",
            {"Marlow Foundation", "Pellow Trust"},
            "Open Doors",
        ),
    ],
)
def test_funders_before_the_funded_are_bodies_that_fund_it(sentence, funders, funded):
    seed = _seed(sentence)
    types = _types(seed)
    assert {f: types.get(f) for f in funders} == dict.fromkeys(funders, "Organisation")
    assert types.get(funded) == "Project"
    assert {(f, funded) for f in funders} <= pairs(seed, "FUNDED")


def test_names_listed_before_one_noun_of_their_kind_are_still_of_that_kind():
    types = _types(
        _seed(
            "Kelby Council runs the Stronger Streets, Open Doors and Kind Neighbours "
            "programmes in Leeds."
        )
    )
    assert {types.get(n) for n in ("Stronger Streets", "Open Doors", "Kind Neighbours")} == {
        "Project"
    }


@pytest.mark.parametrize(
    "sentence, funders, funded",
    [
        (
            "With support from Orrin Ventures, a new befriending scheme, Good Neighbours, "
            "opens in Leeds this spring.",
            {"Orrin Ventures"},
            "Good Neighbours",
        ),
        (
            "Thanks to funding from Kelby Council and the Pellow Trust, our new youth "
            "project, Open Doors, will run weekly sessions in Leeds.",
            {"Kelby Council", "Pellow Trust"},
            "Open Doors",
        ),
    ],
)
def test_funded_name_set_off_after_its_common_noun(sentence, funders, funded):
    assert {(f, funded) for f in funders} <= pairs(_seed(sentence), "FUNDED")


def test_people_set_off_after_a_noun_are_not_funded():
    seed = _seed(
        "With funding from the Pellow Trust, the volunteers, Jane Doe and Ola Brisk, "
        "opened a cafe in Leeds."
    )
    assert not pairs(seed, "FUNDED")
