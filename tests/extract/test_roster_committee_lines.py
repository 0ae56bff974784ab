"""A body's roll written as a labelled line on its own page: "Committee members: A,
B", "Committee: A (chair), B": each person listed sits on the page's own body,
with the post the item gives. All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_PAGE = (
    "Kelby Allotment Society\n\n"
    "Kelby Allotment Society looks after 80 plots on the edge of Kelby. "
    "Kelby Allotment Society was founded in 1952.\n\n"
    "{line}\n"
)


def _members(line: str) -> set[tuple[str, str, str, str]]:
    seed = extract_text(_PAGE.format(line=line), path="page.txt")
    return {row for row in posts(seed) if row[1] == "MEMBER_OF"}


def test_committee_members_line_lists_the_page_bodys_members() -> None:
    found = _members("Committee members: Jo Tern, Ada Foss, Wendell Pike")
    whom = {(who, where) for who, _, where, _ in found}
    assert {
        ("Jo Tern", "Kelby Allotment Society"),
        ("Ada Foss", "Kelby Allotment Society"),
        ("Wendell Pike", "Kelby Allotment Society"),
    } <= whom


def test_committee_label_keeps_the_chair_the_item_gives() -> None:
    found = _members("Committee: Jo Tern (Chair), Ada Foss, Wendell Pike")
    assert ("Jo Tern", "MEMBER_OF", "Kelby Allotment Society", "chair") in found
    assert ("Ada Foss", "MEMBER_OF", "Kelby Allotment Society", "committee member") in found


def test_committee_word_inside_a_sentence_is_no_roll() -> None:
    found = _members("The committee: Jo Tern said it was a good year for the leeks.")
    assert not any(who == "Jo Tern" for who, *_ in found)
