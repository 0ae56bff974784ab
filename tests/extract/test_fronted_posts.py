"""A post and its body opening a clause, the holder set apart by commas after them
("The Chair of Foo, Jane Doe, has been appointed ..."): the clause is about the
holder, not the body; and a seat given as one of several ("as one of four new
trustees of Bar") is the holder's."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_KINDS = {"MEMBER_OF", "WORKS_FOR"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair of Westshire Health Board, Ada Brook, has been appointed as one of four "
        "new trustees of Northtown Museum.",
        "We are delighted that the Chair of Westshire Health Board, Ada Brook, has been "
        "appointed as one of four new trustees of Northtown Museum.",
        "The Chair of Westshire Health Board, Ada Brook, is also a trustee of Northtown Museum.",
    ],
)
def test_the_holder_of_a_fronted_post_takes_the_seat(sentence):
    found = rows(extract_text(sentence + "\n", path="page.txt"), _KINDS)
    assert ("Ada Brook", "MEMBER_OF", "Westshire Health Board", "chair") in found
    assert ("Ada Brook", "MEMBER_OF", "Northtown Museum", "trustee") in found
    assert not any(who == "Westshire Health Board" for who, *_ in found)


def test_a_fronted_post_names_no_members_of_its_board():
    sentence = (
        "The chief executive of Westshire Health Board, Ada Brook, has joined "
        "Northtown Museum as a trustee."
    )
    found = rows(extract_text(sentence + "\n", path="page.txt"), _KINDS)
    assert ("Ada Brook", "WORKS_FOR", "Westshire Health Board", "chief executive") in found
    assert ("Ada Brook", "MEMBER_OF", "Westshire Health Board", "member") not in found


@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Sara Vale has been appointed as one of the four new trustees of Kelby Hospice.",
            "trustee",
        ),
        ("Sara Vale was elected as one of two vice-chairs of Kelby Hospice.", "vice-chair"),
    ],
)
def test_one_of_several_seats_is_a_seat(sentence, role):
    found = rows(extract_text("We are delighted. " + sentence + "\n", path="page.txt"), _KINDS)
    assert ("Sara Vale", "MEMBER_OF", "Kelby Hospice", role) in found
