"""Posts said of a successor, posts named after a body and posts right after a
name: "Jane Doe succeeds John Roe as chair of Foo" (both have held it), "Jane Doe
has been the Foo Trust patron", "Jane Doe chair of Foo then welcomed everyone"."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    ("sentence", "relation", "role"),
    [
        ("Tom Hale succeeds Ann Pike as chair of Dalby Housing Trust.", "MEMBER_OF", "chair"),
        ("Tom Hale replaces Ann Pike as chief executive of Dalby Housing Trust.",
         "WORKS_FOR", "chief executive"),
        ("Tom Hale takes over from Ann Pike as chief executive of Dalby Housing Trust.",
         "WORKS_FOR", "chief executive"),
        ("Tom Hale, who will succeed Ann Pike as chair of Dalby Housing Trust, starts in May.",
         "MEMBER_OF", "chair"),
    ],
)  # fmt: skip
def test_a_successor_holds_the_post_as_well_as_the_one_succeeded(sentence, relation, role):
    found = posts(extract_text(sentence + "\n"))
    assert ("Tom Hale", relation, "Dalby Housing Trust", role) in found
    assert ("Ann Pike", relation, "Dalby Housing Trust", role) in found


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Tom Hale has been the Dalby Housing Trust patron for many years.",
         ("Tom Hale", "MEMBER_OF", "Dalby Housing Trust", "patron")),
        ("Tom Hale became the Dalby Housing Trust chief executive in 2019.",
         ("Tom Hale", "WORKS_FOR", "Dalby Housing Trust", "chief executive")),
        ("Tom Hale has been a Dalby Housing Trust trustee since 2015.",
         ("Tom Hale", "MEMBER_OF", "Dalby Housing Trust", "trustee")),
    ],
)  # fmt: skip
def test_a_post_named_after_its_body_is_held_there(sentence, row):
    assert row in posts(extract_text(sentence + "\n"))


def test_a_body_before_a_word_that_is_no_post_gives_no_post():
    assert not posts(extract_text("The winner was the Dalby Housing Trust team.\n"))


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Tom Hale chair of Dalby Housing Trust then welcomed everyone into the building.",
         ("Tom Hale", "MEMBER_OF", "Dalby Housing Trust", "chair")),
        ("We thanked Tom Hale director at Dalby Housing Trust for his help.",
         ("Tom Hale", "WORKS_FOR", "Dalby Housing Trust", "director")),
    ],
)  # fmt: skip
def test_a_post_in_lower_case_right_after_a_name_says_where_it_is_held(sentence, row):
    assert row in posts(extract_text(sentence + "\n"))
