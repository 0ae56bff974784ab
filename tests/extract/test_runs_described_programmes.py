"""A programme a phrase right after its name says is one, set off by a comma and
"the" ("Step Lively, the falls-prevention walking programme run by Foo") or said
with "is our" ("Quiet Hours is our evening befriending service"): the name is found
even when it opens the sentence, is a Project, and the body that runs, leads or
delivers it (or the page's own body, for "our") RUNS it. Kinds seen in many
writers' write-ups; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("sentence", "body", "programme"),
    [
        (
            "Step Lively, the falls-prevention walking programme run by Pennack Age "
            "Network, is adding two routes this spring.",
            "Pennack Age Network",
            "Step Lively",
        ),
        (
            "Residents asked about Loan Corner, the lending scheme delivered by "
            "Tillworth Libraries Trust.",
            "Tillworth Libraries Trust",
            "Loan Corner",
        ),
        (
            "Bright Harbour is a two-year scheme led by Pennack Housing Group.",
            "Pennack Housing Group",
            "Bright Harbour",
        ),
    ],
)
def test_a_programme_set_off_and_run_by_a_body(sentence, body, programme):
    seed = _seed(f"Pennack news\n\n{sentence}\n")
    assert types_in(seed, programme) == {"Project"}
    assert (body, programme) in pairs(seed, "RUNS")


def test_a_programme_said_to_be_ours_is_the_page_bodys():
    seed = _seed(
        "About Tillworth Carers Trust\n\n"
        "Tillworth Carers Trust supports unpaid carers in Tillworth. Quiet Hours is our "
        "evening befriending service for carers who live alone.\n"
    )
    assert types_in(seed, "Quiet Hours") == {"Project"}
    assert ("Tillworth Carers Trust", "Quiet Hours") in pairs(seed, "RUNS")


def test_a_charity_set_off_by_a_description_is_no_programme():
    seed = _seed(
        "Pennack news\n\nPennack Youth Trust, the charity run by young volunteers, "
        "opened a new room.\n"
    )
    assert types_in(seed, "Pennack Youth Trust") == {"Organisation"}
    assert not pairs(seed, "RUNS")
