"""A name described as a body's project after a bracket, a colon or a dash, not only
after a comma or "is": "Kelby Pantry (a project of Fenby Trust)" says the trust
runs it, as "Kelby Pantry, a project of Fenby Trust" does."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "RUNS")


def test_project_of_in_brackets_is_run_by_the_body():
    text = (
        "This winter's grants went to Fenby Tenants' Forum, £2,000 for a lunch club, and to "
        "Kelby Energy Café (a project of Fenby Climate Action), £2,800 for advice sessions."
    )
    assert ("Fenby Climate Action", "Kelby Energy Café") in _runs(text)


def test_project_of_after_a_colon_is_run_by_the_body():
    text = "Kelby Sparks: a project of Fenby Together\n\nThe scheme meets weekly in Kelby."
    assert ("Fenby Together", "Kelby Sparks") in _runs(text)


def test_project_of_after_a_dash_is_run_by_the_body():
    text = "Kelby Reads – an initiative of Fenby Library Trust – lends books to families."
    assert ("Fenby Library Trust", "Kelby Reads") in _runs(text)


def test_bracket_without_project_of_ties_nothing():
    text = "Kelby Energy Café (in Fenby) was praised by Fenby Climate Action."
    assert ("Fenby Climate Action", "Kelby Energy Café") not in _runs(text)
