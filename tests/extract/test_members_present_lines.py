"""A record's list of who came, one person a line under a label alone on its line
("Members present", then "Supt. Ada Foss (AF), Kelby Police – Chair"), lists the
members of the board the meeting is of, as a "Present:" line naming a chair does
(MEMBER_OF, role "member"; the chair, role "chair"); at a partnership's meeting the
body named on each line is the member. Near misses: guests ("Also present"), a list
naming no chair, a line of prose between the label and the person. All names made
up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _seats(text: str, body: str) -> dict[str, str | None]:
    seed = extract_text(text)
    return {who: role for who, to, role in with_roles(seed, "MEMBER_OF") if to == body}


_BOARD = "Kelby Housing Board"
_RECORD = (
    "KELBY HOUSING BOARD\n"
    "Minutes of the meeting, 3 March 2026, Kelby Civic Centre\n\n"
    "{label}\n"
    "Supt. Ada Foss (AF), Kelby Police – Chair\n"
    "Jo Tern (JT), Head of Housing, Kelby Borough Council\n"
    "Ben Ruskin (BR), Fenby Homes\n\n"
    "Apologies: Mia Hart\n\n"
    "1. Minutes of the last meeting agreed.\n\n"
    "2. JT reported on the empty homes survey.\n"
)


def test_members_listed_a_line_each_sit_on_the_board():
    seats = _seats(_RECORD.format(label="Members present"), _BOARD)
    assert (seats.get("Ada Foss") or "").lower() == "chair", seats
    assert seats.get("Jo Tern") == "member", seats
    assert seats.get("Ben Ruskin") == "member", seats


def test_a_present_label_with_a_colon_alone_on_its_line_opens_the_list():
    seats = _seats(_RECORD.format(label="Present:"), _BOARD)
    assert seats.get("Ben Ruskin") == "member", seats


def test_guests_listed_a_line_each_take_no_seats():
    seats = _seats(_RECORD.format(label="Also present"), _BOARD)
    assert "Jo Tern" not in seats and "Ben Ruskin" not in seats, seats


def test_a_list_naming_no_chair_seats_no_one():
    text = _RECORD.format(label="Members present").replace(" – Chair", "")
    seats = _seats(text, _BOARD)
    assert "Jo Tern" not in seats and "Ben Ruskin" not in seats, seats


def test_prose_after_the_list_is_not_on_it():
    text = (
        "KELBY HOUSING BOARD\n"
        "Minutes of the meeting, 3 March 2026, Kelby Civic Centre\n\n"
        "Members present\n"
        "Ada Foss (AF), Kelby Police – Chair\n"
        "Jo Tern (JT), Kelby Borough Council\n\n"
        "The board thanked the tenants who answered the survey last autumn.\n"
        "Guest speaker\n"
        "Nell Varga, Fenby Tenants Union\n"
    )
    seats = _seats(text, _BOARD)
    assert seats.get("Jo Tern") == "member", seats
    assert "Nell Varga" not in seats, seats


def test_at_a_partnership_the_body_on_each_line_is_the_member():
    text = (
        "KELBY MONEY ADVICE PARTNERSHIP\n"
        "Minutes of the Kelby Money Advice Partnership meeting, 3 March 2026\n\n"
        "Present:\n"
        "Ada Foss (AF) – Chair, Kelby Borough Council\n"
        "Jo Tern (JT) – Fenby Credit Union\n"
        "Ben Ruskin (BR) – Orby Foodbank Trust\n\n"
        "Apologies: Mia Hart\n\n"
        "1. Minutes of the last meeting agreed.\n"
    )
    seats = _seats(text, "Kelby Money Advice Partnership")
    assert (seats.get("Ada Foss") or "").lower() == "chair", seats
    assert "Fenby Credit Union" in seats and "Orby Foodbank Trust" in seats, seats
