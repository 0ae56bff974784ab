"""Names glued to the words around them or cut apart: a post-holder run on from
the post's words ("Minister for Loneliness Jane Doe"). Small made-up write-ups,
one kind of fault from real pages (issue 11) each, worded several ways.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs

# ------------------------------------------------ a post-holder glued to the post's words


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Minister for Loneliness Jane Doe said: "This fund matters."', "Jane Doe"),
        ("Minister for Veterans Tamsin Greaves MP welcomed the fund.", "Tamsin Greaves"),
        ("Shadow Minister for Tourism Ann Bell visited the Harbour Trust hub.", "Ann Bell"),
    ],
)
def test_a_minister_named_after_the_portfolio_is_a_person_and_the_portfolio_no_body(text, person):
    found = entities(text)
    assert ("Person", person) in found
    assert not [n for t, n in found if t != "Person" and n not in {"Harbour Trust"}]


def test_a_post_holder_after_a_body_named_for_a_person_is_cut_from_it():
    seed = extract_text(
        "Chief Executive of Ada Lovell Trust Jane Doe spoke. "
        "Director of Ada Lovell Ann Bell also spoke.",
        path="page.txt",
    )
    found = {(e["type"], e["name"]) for e in seed["entities"]}
    assert {("Person", "Jane Doe"), ("Person", "Ann Bell")} <= found
    assert ("Jane Doe", "Ada Lovell Trust") in pairs(seed, "WORKS_FOR")
    assert not [n for _, n in found if n.endswith(("Lovell Ann Bell", "Lovell Jane Doe"))]
