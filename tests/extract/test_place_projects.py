"""A body's own project is where the body is said to be: "Foo Trust in Kelby for
their "Bar" project" (rules/place_projects.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("line", "project", "place"),
    [
        ("- Alder Trust in Wrexham for their “Birch Steps” project - a walking group.",
         "Birch Steps", "Wrexham"),
        ("- Heron Club in Selby, for its Kite Nights scheme, led by volunteers.",
         "Kite Nights", "Selby"),
    ],
)  # fmt: skip
def test_a_bodys_project_in_a_grant_list_is_where_the_body_is(line, project, place):
    seed = extract_text(f"Funded projects include:\n{line}\n")
    assert (project, place) in pairs(seed, "LOCATED_IN")


def test_a_project_not_said_to_be_the_bodys_own_is_not_placed():
    seed = extract_text(
        "Funded projects include:\n- Alder Trust in Wrexham, with the “Birch Steps” project "
        "run by Heron Club in Selby.\n"
    )
    assert ("Birch Steps", "Wrexham") not in pairs(seed, "LOCATED_IN")
