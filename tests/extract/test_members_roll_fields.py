"""Board rolls and field lines ("Trustees: A, B", "Chair: Jo Tern") that the roll
rule used to drop whole for one odd part, and the body such lines are placed at
when the page names no body of its own (`rules/board_rolls`,
`page_organisation.place_posts`). All names and sentences are made up."""

from __future__ import annotations

from tests.extract.reading import REVIEW_BODY as _BODY
from tests.extract.reading import review_members as _members


def test_a_ministers_style_on_a_roll_keeps_the_roll():
    found = _members(
        "Trustees: Hester Quill (Chair), Tobias Wren (Treasurer), Sister Alma Stroud, "
        "Cyril Dunmore."
    )
    assert {(b, r.lower()) for a, b, r in found if a.endswith("Alma Stroud")} == {
        (_BODY, "trustee")
    }
    assert {(b, r.lower()) for a, b, r in found if a == "Cyril Dunmore"} == {(_BODY, "trustee")}


def test_an_officer_in_brackets_keeps_the_post():
    found = _members(
        "Committee: Hester Quill (chair), Tobias Wren (secretary), Cyril Dunmore, Petra Lund"
    )
    tobias = {role for who, body, role in found if who == "Tobias Wren" and body == _BODY}
    assert tobias and all(role.lower() == "secretary" for role in tobias)
    assert ("Cyril Dunmore", _BODY, "committee member") in found


def test_directors_under_our_board_are_board_members():
    found = _members(
        "Our board\nChair: Hester Quill\nDirectors: Alma Stroud, Cyril Dunmore, Petra Lund"
    )
    for name in ("Alma Stroud", "Cyril Dunmore", "Petra Lund"):
        assert (name, _BODY, "board member") in found


def test_a_roll_of_bodies_is_no_roll_of_people():
    found = _members("Trustees: Hester Quill, Fenby Arts Trust, Kelby Rowing Club")
    assert not {r for r in found if r[0] in {"Fenby Arts Trust", "Kelby Rowing Club"}}


_GRANTS_PAGE = (
    "Grants made: spring round\n\n"
    "The Dunmore Quill Charitable Trust makes grants to small charities in Kelby.\n\n"
    "A further award of £5,000 was made to Fenby Arts towards its summer festival.\n\n"
)


def test_field_line_seats_are_at_the_body_the_page_opens_with():
    found = _members(
        "Trustees: Hester Quill (Chair), Cyril Dunmore, Petra Lund.", opening=_GRANTS_PAGE
    )
    assert ("Cyril Dunmore", "Dunmore Quill Charitable Trust", "trustee") in {
        (a, b.removeprefix("The "), r and r.lower()) for a, b, r in found
    }
    assert not {r for r in found if r[1] == "Fenby Arts"}
