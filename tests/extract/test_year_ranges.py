"""A span of years closes a name whole ("Kelby Plan 2025-2030", "Kelby Review
2022-23", "Learning Programme 2025/26"), not cut at its first year."""

from __future__ import annotations

import pytest

from collabgraph.extract.nlp_model import load_nlp
from collabgraph.extract.written_dates import year_range_end
from tests.extract.reading import entities


@pytest.mark.parametrize(
    "span, kind",
    [
        ("Ardley Prevention Strategy 2025-2030", "Report"),
        ("Civic Plan 2025–2030", "Report"),
        ("Kelby Review 2022-23", "Report"),
        ("Youth Learning Programme 2025/26", "Project"),
    ],
)
def test_span_of_years_closes_the_name(span: str, kind: str) -> None:
    text = (
        "New plans for Ardley\n\n"
        f"The council published the {span} in March, after a year of work with "
        "the Ardley Trust."
    )
    assert (kind, span) in entities(text)


@pytest.mark.parametrize(
    "text, span_end",
    [
        ("2025-2030", 3),  # three glued tokens
        ("2022-23", 3),
        ("2025–2030", 1),  # one token
        ("2030-2025", 0),  # the second year is no later: no span
        ("2025 - 2030", 0),  # spaced: two numbers, not one span
        ("2025-26 budget", 3),
    ],
)
def test_year_range_end(text: str, span_end: int) -> None:
    doc = load_nlp().make_doc(text)
    assert year_range_end(doc, 0, len(doc)) == span_end
