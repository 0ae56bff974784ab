"""Bodies named for the two areas they serve that end in "Council", "Committee" or
"Network" (vocab/joint_area_heads.txt): "Carrow and Eden County Council" is one
body, not "Carrow" and "Eden County Council"; a body before "and" stays apart."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _names(text: str) -> set[str]:
    seed = extract_text(text, path="page.txt")
    return {e["name"] for e in seed["entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carrow and Eden County Council will fund the scheme.", "Carrow and Eden County Council"),
        (
            "Practices in the Carrow and Eden Primary Care Network took part.",
            "Carrow and Eden Primary Care Network",
        ),
    ],
)
def test_two_areas_before_a_council_name_one_body(text, name):
    names = _names(text)
    assert name in names
    assert name.split(" and ", 1)[1] not in names


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Oxfam and Fenby Council ran the event.", "Oxfam", "Fenby Council"),
        ("Kelby Trust and Fenby Council ran the event.", "Kelby Trust", "Fenby Council"),
    ],
)
def test_a_body_before_and_stays_its_own(text, a, b):
    names = _names(text)
    assert {a, b} <= names
