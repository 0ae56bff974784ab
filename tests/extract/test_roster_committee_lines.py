"""A body's roll written as a line labelled with a colon on its own page
("Committee members: A, B", "Steering group: A, B and C"): each person listed sits
on the page's own body (`rules/board_rolls`); a line of thanks ("To the committee:
A, B") is no roll. All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_PAGE = (
    "Kelby Allotment Society\n\n"
    "Kelby Allotment Society looks after 80 plots on the edge of Kelby. "
    "Kelby Allotment Society was founded in 1952.\n\n"
    "{line}\n"
)


def _members(line: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_PAGE.format(line=line), path="page.txt"), "MEMBER_OF")


def test_committee_members_colon_line_lists_the_page_bodys_members() -> None:
    found = _members("Committee members: Jo Tern, Ada Foss, Wendell Pike")
    for name in ("Jo Tern", "Ada Foss", "Wendell Pike"):
        assert (name, "Kelby Allotment Society", "committee member") in found


def test_steering_group_colon_line_keeps_the_chair_the_item_gives() -> None:
    found = _members("Steering group: Jo Tern (Chair), Ada Foss and Wendell Pike")
    assert ("Jo Tern", "Kelby Allotment Society", "Chair") in found
    assert ("Ada Foss", "Kelby Allotment Society", "board member") in found


def test_thanks_to_the_committee_is_no_roll() -> None:
    found = _members("To the committee: Jo Tern, Ada Foss and Wendell Pike, thank you.")
    assert not any(who == "Ada Foss" for who, *_ in found)
