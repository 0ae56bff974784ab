"""Seats told from jobs by the body a post is held at and by the seat's words: a
chair of a council named for its field holds a seat there (MEMBER_OF), a chair of
a place's council an elected post (WORKS_FOR); who is "from" a forum or panel is
its member; "a long-standing member" is a member, "a staff member" staff."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts as _posts


def test_a_chair_of_a_council_named_for_its_field_holds_a_seat():
    seed = extract_text(
        "Tom Hale, Chairman of the Rural Housing Council, welcomed the grant.\n\n"
        "Cllr Ann Pike, Chair of Dunmoor Borough Council, opened the new library.\n"
    )
    posts = _posts(seed)
    assert ("Tom Hale", "MEMBER_OF", "Rural Housing Council", "chairman") in posts
    assert not any(w == "Tom Hale" and r == "WORKS_FOR" for w, r, _, _ in posts)
    assert ("Ann Pike", "WORKS_FOR", "Dunmoor Borough Council", "chair") in posts


def test_a_person_from_a_forum_or_panel_is_its_member():
    seed = extract_text(
        "The speakers were Rita Moss from the Kelby Carers Forum and Lee Tran from "
        "Dalby Housing Trust.\n\n"
        "Sam Ode of the Northfield Residents Panel spoke first.\n"
    )
    members = {(w, t) for w, r, t, _ in _posts(seed) if r == "MEMBER_OF"}
    staff = {(w, t) for w, r, t, _ in _posts(seed) if r == "WORKS_FOR"}
    assert ("Rita Moss", "Kelby Carers Forum") in members
    assert ("Sam Ode", "Northfield Residents Panel") in members
    assert ("Rita Moss", "Kelby Carers Forum") not in staff
    assert ("Lee Tran", "Dalby Housing Trust") in staff


def test_a_seat_said_with_how_long_it_is_held_is_still_a_seat():
    posts = _posts(
        extract_text(
            "Tom Hale, a long-standing member of the Orley Rotary Club, spoke first.\n\n"
            "Ann Pike, a staff member at Dalby Housing Trust, spoke next.\n"
        )
    )
    assert {r for w, r, _, _ in posts if w == "Tom Hale"} == {"MEMBER_OF"}
    assert ("Ann Pike", "WORKS_FOR", "Dalby Housing Trust", "staff member") in posts


def test_a_post_at_the_same_body_outranks_a_long_held_seat():
    posts = _posts(
        extract_text(
            "Dalby Housing Trust has a new board.\n\n"
            "Tom Hale, a long serving member of Dalby Housing Trust, has been appointed "
            "Vice-President.\n"
        )
    )
    assert ("Tom Hale", "MEMBER_OF", "Dalby Housing Trust", "vice-president") in posts
