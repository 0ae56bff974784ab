"""A programme named after a body's "whose" ("Fenby Borough Council, whose Ward
Grants scheme paid for the stage") is run by that body (rules/programmes.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Kelby Trust news\n\nKelby Trust is a charity in Kelby.\n\n"


def test_the_body_before_whose_runs_the_programme_after_it():
    for sentence, body, thing in (
        (
            "Thanks to Fenby Borough Council, whose Ward Grants scheme paid for the stage.",
            "Fenby Borough Council",
            "Ward Grants",
        ),
        (
            "Our thanks to the Orton Transport Network, whose Driver Skills programme "
            "trained 24 of our volunteers.",
            "Orton Transport Network",
            "Driver Skills",
        ),
        (
            "We were joined by Orton Football Club Foundation, whose Welcome Through "
            "Football sessions drew forty players.",
            "Orton Football Club Foundation",
            "Welcome Through Football",
        ),
    ):
        seed = extract_text(_PAGE + sentence + "\n")
        assert (body, thing) in pairs(seed, "RUNS"), seed["relations"]


def test_a_person_before_whose_runs_nothing():
    seed = extract_text(_PAGE + "We thank Ada Foss, whose Ward Grants scheme idea won the vote.\n")
    assert ("Ada Foss", "Ward Grants") not in pairs(seed, "RUNS")
