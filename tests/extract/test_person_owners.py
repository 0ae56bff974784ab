"""A name with "'s" right before a person's name is what she belongs to: a body,
never a second person ("Westshire Women's Jane Doe")."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, posts


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Westshire Women's Amy Dorran spoke about housing.", "Westshire Women"),
        ("Fenby Carers' Ada Quill spoke about respite.", "Fenby Carers"),
        ("Harbour Youth’s Ned Mawle spoke about the youth club.", "Harbour Youth"),
    ],
)
def test_the_owner_of_a_persons_name_is_no_person(text, body):
    found = entities("Kelby Homes news\n\n" + text + "\n")
    assert ("Person", body) not in found
    assert ("Organisation", body) in found


def test_the_person_after_the_owner_works_there():
    seed = extract_text(
        "Kelby Homes news\n\nWestshire Women's Amy Dorran spoke about housing.\n",
        path="page.txt",
    )
    assert any(w == "Amy Dorran" and t == "Westshire Women" for w, _, t, _ in posts(seed))


def test_a_given_name_before_a_persons_name_is_left_alone():
    found = entities("Kelby Homes news\n\nAmy's John Dorran spoke about housing.\n")
    assert not any(n.startswith("Amy") and k == "Organisation" for k, n in found)
