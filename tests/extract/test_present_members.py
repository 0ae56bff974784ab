"""Members listed present at a body's meeting hold seats on that body: a record's
"Present:" line naming a chair ("Present: Cllr A (Chair), B, C") lists the members
of the committee, board, forum or network the meeting is of (MEMBER_OF, role
"member"; the chair, role "chair"), and so does an "Attendees:" or "Attending:" line
naming a chair. Near misses: guests ("Also present:", "In attendance:", "Also
attending:"), a list with no chair, a council's meeting (its members are
councillors, WORKS_FOR), a page whose event is no meeting. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _seats(text: str, body: str) -> dict[str, str | None]:
    seed = extract_text(text)
    return {who: role for who, to, role in with_roles(seed, "MEMBER_OF") if to == body}


_RECORD = (
    "{body} meeting\n\n"
    "The {body} met on Tuesday 3 March 2026 at Orby Library.\n\n"
    "{line}\n\n"
    "1. Apologies were noted.\n\n"
    "2. The {body} agreed to write to the bus company about the late services.\n"
)


@pytest.mark.parametrize(
    ("body", "line", "chair", "members"),
    [
        ("Orby Older People's Network",
         "Present: Nell Varga (chair, Orby Age Concern), Tom Lyle (Orby Carers Hub), "
         "Rita Sand (Orby Housing Co-op)", "Nell Varga", {"Tom Lyle", "Rita Sand"}),
        ("Westby Area Committee",
         "Present: Councillors Ada Foss (Chair), Jo Tern, Ben Ruskin and Mia Hart",
         "Ada Foss", {"Jo Tern", "Ben Ruskin", "Mia Hart"}),
        ("Kelby Youth Forum",
         "Members present: Oli Brandt (Chairman), Dana Lowe, Pat Quill",
         "Oli Brandt", {"Dana Lowe", "Pat Quill"}),
    ],
)  # fmt: skip
def test_members_present_sit_on_the_meetings_body(body, line, chair, members):
    seats = _seats(_RECORD.format(body=body, line=line), body)
    assert (seats.get(chair) or "").lower().startswith("chair"), seats
    assert all(seats.get(m) == "member" for m in members), seats


@pytest.mark.parametrize(
    "line",
    [
        "Also present: Nell Varga (Chair), Tom Lyle (Orby Carers Hub), Rita Sand",
        "In attendance: Nell Varga (chair), Tom Lyle, Rita Sand",
        "Also attending: Nell Varga (chair, NV), Tom Lyle (TL), Rita Sand (RS)",
        "Present: Nell Varga, Tom Lyle (Orby Carers Hub), Rita Sand",  # no chair named
    ],
)
def test_guests_and_lists_with_no_chair_take_no_member_seats(line):
    body = "Orby Older People's Network"
    seats = _seats(_RECORD.format(body=body, line=line), body)
    assert seats.get("Tom Lyle") is None and seats.get("Rita Sand") is None, seats


def test_a_councils_members_are_not_given_seats():
    text = (
        "Minutes in brief: Kelby Parish Council, May meeting\n\n"
        "The meeting was held on 5 May 2026 in Kelby Village Hall. Present: Cllr Ada "
        "Foss (Chair), Cllr Jo Tern, Cllr Ben Ruskin. Clerk: Mia Hart.\n\n"
        "The council agreed a grant of £300 to Kelby Bowls Club.\n"
    )
    seats = _seats(text, "Kelby Parish Council")
    assert seats.get("Jo Tern") is None and seats.get("Ben Ruskin") is None, seats


def test_a_present_line_on_a_page_about_no_meeting_gives_no_seats():
    text = (
        "Fenby Food Partnership launches winter pantry\n\n"
        "Fenby Food Partnership opened its winter pantry at Orby Hall on 2 December.\n\n"
        "Present: Nell Varga (Chair), Tom Lyle, Rita Sand\n"
    )
    seats = _seats(text, "Fenby Food Partnership")
    assert seats.get("Tom Lyle") is None and seats.get("Rita Sand") is None, seats


def _events(text: str) -> set[str]:
    return {e["name"] for e in extract_text(text)["entities"] if e["type"] == "Event"}


@pytest.mark.parametrize(
    "title",
    [
        "Orby Health Partnership Board – notes of meeting held 4 May 2026, 2pm, Room 3, "
        "Orby Town Hall",
        "Orby Health Partnership Board: summary of the meeting held on 4 May 2026",
    ],
)
def test_a_record_titled_as_held_is_the_bodys_meeting(title):
    text = (
        f"{title}\n\n"
        "Present: Cllr Ada Foss (Chair), Jo Tern (Orby CVS), Ben Ruskin (Orby Homes)\n\n"
        "1. Welcome\nThe chair welcomed members.\n"
    )
    assert "Orby Health Partnership Board meeting" in _events(text)
    seats = _seats(text, "Orby Health Partnership Board")
    assert seats.get("Jo Tern") == "member" and seats.get("Ben Ruskin") == "member", seats


def test_a_title_saying_something_else_held_is_no_record():
    text = (
        "Orby Health Partnership Board praised for event held in May, says council\n\n"
        "The Orby Health Partnership Board was praised by Kelby Council for its "
        "open day at Orby Library.\n"
    )
    assert "Orby Health Partnership Board meeting" not in _events(text)


def test_a_records_short_title_takes_the_bodys_full_name_from_the_text():
    text = (
        "Health and Wellbeing Board: summary of the meeting held on 4 May 2026\n\n"
        "Orby Health and Wellbeing Board met in public at Orby Town Hall on 4 May.\n\n"
        "Present: Cllr Ada Foss (Chair), Jo Tern, Ben Ruskin\n"
    )
    events = _events(text)
    assert "Orby Health and Wellbeing Board meeting" in events, events
    assert "Health and Wellbeing Board meeting" not in events, events
