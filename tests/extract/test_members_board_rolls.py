"""Board rolls: a paragraph right under a short heading naming a board ("BOARD OF
TRUSTEES", "Our board"), or a line labelled so ("Committee members - A, B, C"),
that is nothing but a list of people: each holds a seat on the page's own body's
board (`rules/board_rolls`). All names and sentences are made up."""

from __future__ import annotations

from tests.extract.reading import review_members as _members


def test_capital_heading_over_a_roll_of_trustees():
    found = _members(
        "BOARD OF TRUSTEES\n\n"
        "Hester Quill (Chair), Tobias Wren (Treasurer), Revd Alma Stroud, Cyril Dunmore."
    )
    assert ("Alma Stroud", "Orrin Valley Community Transport", "trustee") in found
    assert ("Cyril Dunmore", "Orrin Valley Community Transport", "trustee") in found
    assert ("Hester Quill", "Orrin Valley Community Transport", "Chair") in found


def test_our_board_over_a_roll_cut_at_semicolons():
    found = _members(
        "Our board\n\n"
        "Hester Quill (Chair); Tobias Wren, Manager, Orrin Garden Centre (Vice-Chair); "
        "Dr Alma Stroud; Cyril Dunmore (Youth representative, Orrin Youth Forum)"
    )
    assert ("Alma Stroud", "Orrin Valley Community Transport", "board member") in found
    assert ("Cyril Dunmore", "Orrin Valley Community Transport", "board member") in found
    assert ("Tobias Wren", "Orrin Valley Community Transport", "Vice-Chair") in found


def test_line_labelled_committee_members():
    found = _members(
        "YOUR COMMITTEE\n\n"
        "Chair - Hester Quill\n\n"
        "Committee members - Alma Stroud, Cyril Dunmore, Petra Lund"
    )
    for name in ("Alma Stroud", "Cyril Dunmore", "Petra Lund"):
        assert (name, "Orrin Valley Community Transport", "committee member") in found


def test_prose_under_our_board_is_no_roll():
    found = _members(
        "Our board\n\nHester Quill thanked the drivers, and Cyril Dunmore agreed to stay on."
    )
    assert not {r for r in found if r[0] == "Cyril Dunmore"}


def test_a_heading_naming_no_board_gives_no_seats():
    found = _members("Our drivers\n\nHester Quill, Cyril Dunmore, Petra Lund, Alma Stroud.")
    assert not found
