"""A name right before "run by" and a body, with no noun saying what it is: a
programme the body runs ("the Kelby Device Bank, run by Tern Foundation"), each of
two joined by "and" too; never a body by its head word ("Kelby Academy, run by Tern
Trust") nor an event ("the Kelby Lecture, run by Tern Trust": organised).
rules/named_run_by.py. Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(sentence: str) -> dict:
    return extract_text(f"# News\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Libraries can join the Kelby Device Bank, run by Tern Foundation.",
        "Libraries can join the Kelby Device Bank, delivered by Tern Foundation, this year.",
        "Many libraries benefit from the Kelby Databank and Kelby Device Bank run by Tern "
        "Foundation.",
    ],
)
def test_a_name_run_by_a_body_is_its_programme(sentence):
    seed = _seed(sentence)
    assert ("Tern Foundation", "Kelby Device Bank") in pairs(seed, "RUNS")
    assert {"Kelby Device Bank": "Project"}.items() <= {
        e["name"]: e["type"] for e in seed["entities"]
    }.items()


def test_both_names_joined_by_and_are_run():
    seed = _seed(
        "Many libraries benefit from the Kelby Databank and Kelby Device Bank run by Tern "
        "Foundation."
    )
    assert ("Tern Foundation", "Kelby Databank") in pairs(seed, "RUNS")


def test_a_school_run_by_a_trust_stays_a_body():
    seed = _seed("Pupils at Kelby Academy, run by Tern Trust, sat exams.")
    assert not pairs(seed, "RUNS")


def test_an_event_run_by_a_body_is_organised_not_run():
    seed = _seed("The Kelby Lecture, run by Tern Trust, was held in May.")
    assert not pairs(seed, "RUNS")
    assert ("Tern Trust", "Kelby Lecture") in pairs(seed, "ORGANISED")
