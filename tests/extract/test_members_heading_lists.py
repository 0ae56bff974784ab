"""People listed one a line under a heading naming a board ("BOARD OF DIRECTORS",
"Members", "Our steering group for 2031-32:", "The BID board for the new term:"):
each holds the seat the heading names, or the post their line gives, at the body the
heading names or else the page's own (`name_runs.SeatRun`, `boards.seat_lead`,
`board_rolls.heading_seat`). All names and sentences are made up."""

from __future__ import annotations

from tests.extract.reading import REVIEW_BODY as _BODY
from tests.extract.reading import review_members as _members


def test_board_of_directors_over_names_with_their_bodies():
    found = _members(
        "BOARD OF DIRECTORS\n"
        "Hester Quill (Chair), former head of culture, Fenby County Council\n"
        "Dr Alma Stroud, Fenby University\n"
        "Cyril Dunmore, owner, Driftwood Bakery\n"
    )
    assert ("Hester Quill", _BODY, "Chair") in found
    assert ("Alma Stroud", _BODY, "board member") in found
    assert ("Cyril Dunmore", _BODY, "board member") in found


def test_a_post_at_another_body_is_no_seat_of_its_own():
    found = _members(
        "Trustees\n"
        "Hester Quill (Chair) - retired teacher\n"
        "Tobias Wren - chief executive, Fenby Community Action\n"
        "Petra Lund - solicitor, Hale Lomas LLP\n"
    )
    assert ("Tobias Wren", _BODY, "trustee") in found
    assert not {r for r in found if r[0] == "Tobias Wren" and r[2] != "trustee"}


def test_a_lead_in_with_a_term_opens_the_roll():
    found = _members(
        "Our steering group for 2031-32:\n"
        "Hester Quill - coordinator\n"
        "Alma Stroud\n"
        "Cyril Dunmore - treasurer\n"
    )
    assert ("Alma Stroud", _BODY, "board member") in found
    assert ("Cyril Dunmore", _BODY, "treasurer") in {(a, b, (c or "").lower()) for a, b, c in found}


def test_the_body_the_heading_names_and_a_post_after_the_bracket():
    opening = (
        "Town centre BID renewed\n\n"
        "Businesses voted to renew the Dunmore Business Improvement District for five "
        "years. The Dunmore Business Improvement District will spend the levy on events.\n\n"
    )
    found = _members(
        "The BID board for the new term:\n"
        "Hester Quill (Old Mill Cafe) – Chair\n"
        "Tobias Wren (Lindley Opticians) – Vice Chair\n"
        "Alma Stroud (Quarrow Solicitors)\n",
        opening,
    )
    body = "Dunmore Business Improvement District"
    assert ("Tobias Wren", body, "Vice Chair") in found
    assert ("Alma Stroud", body, "board member") in found
    assert not {r for r in found if r[1] in {"Old Mill Cafe", "Lindley Opticians"}}


def test_a_report_heading_opens_no_roll():
    found = _members("Trustees' report for the year to March 2031\nHester Quill\nAlma Stroud\n")
    assert not {r for r in found if r[0] in {"Hester Quill", "Alma Stroud"}}


def test_thanks_to_the_committee_is_no_roll():
    found = _members("Thanks to our committee:\nHester Quill\nAlma Stroud\n")
    assert not {r for r in found if r[0] in {"Hester Quill", "Alma Stroud"}}
