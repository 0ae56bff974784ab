"""Teams led: whoever leads, heads or manages a body's team works for the body,
in a role the team names; a team that is not a body's names no employer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


def _posts(text: str) -> set[tuple[str, str, str, str]]:
    return posts(extract_text(text + "\n", path="page.txt"))


@pytest.mark.parametrize(
    ("sentence", "body", "role"),
    [
        ("Dana Lowe, who leads the Tollgate Trust's outreach team, said the work mattered.",
         "Tollgate Trust", "outreach team leader"),
        ("Dana Lowe heads the fundraising team at Tollgate Trust.",
         "Tollgate Trust", "head of the fundraising team"),
        ("Dana Lowe manages the Ripon City Council housing team.",
         "Ripon City Council", "housing team manager"),
        ("Dana Lowe now leads the children's services department of Ripon City Council.",
         "Ripon City Council", "children's services department leader"),
    ],
)  # fmt: skip
def test_the_leader_of_a_bodys_team_works_for_the_body(sentence, body, role):
    assert ("Dana Lowe", "WORKS_FOR", body, role) in _posts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tollgate Trust leads the project team at Wrenfield Housing.",
        "Dana Lowe leads a walk around the Tollgate Trust garden.",
        "Dana Lowe praised the outreach team at Tollgate Trust.",
    ],
)
def test_no_team_led_by_a_person_no_post(sentence):
    assert not _posts(sentence)
