"""Members listed in a sentence that names no body before them: "Its founding
members were A, B and C", "Other new members include A and B" (the body the last
sentences were about: rules/member_ends.py `unnamed_members_body`). A list label
("Board members: A (Chair), B") keeps the roles its brackets give. All names and
sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_PAGE = (
    "Lark Streets Together welcomes its 20th member\n\n"
    "Lark Streets Together brings councils, colleges and charities in the town together "
    "to buy and hire locally. {sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Its founding members were Fenby Council, Kelby College and Ormsby Homes.",
         ["Fenby Council", "Kelby College", "Ormsby Homes"]),
        ("Other recent members include Ada Trust, Fenby Mind and the builder Kelby "
         "Construction.", ["Ada Trust", "Fenby Mind", "Kelby Construction"]),
        ("New members are Ada Trust and Fenby Mind.", ["Ada Trust", "Fenby Mind"]),
    ],
)  # fmt: skip
def test_members_of_the_body_the_page_was_just_about(sentence, members):
    seed = extract_text(_PAGE.format(sentence=sentence), path="page.txt")
    found = pairs(seed, "MEMBER_OF")
    for m in members:
        assert (m, "Lark Streets Together") in found


def test_a_call_for_new_members_lists_none():
    text = _PAGE.format(sentence="New members are always welcome: call Jo Tern on Mondays.")
    seed = extract_text(text, path="page.txt")
    assert not {a for a, b in pairs(seed, "MEMBER_OF") if b == "Lark Streets Together"}


def test_a_board_list_label_keeps_its_bracketed_roles():
    text = (
        "Ormsby Homes: our board\n\nOrmsby Homes is run by its tenants.\n\n"
        "Board members: Jo Tern (Chair), Ada Foss (Treasurer), Ben Lark.\n"
    )
    roles = with_roles(extract_text(text, path="page.txt"), "MEMBER_OF")
    assert ("Jo Tern", "Ormsby Homes", "Chair") in roles
    assert ("Ada Foss", "Ormsby Homes", "Treasurer") in roles
