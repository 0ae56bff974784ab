"""A board's seats named by the line over its list: people listed one a line
under a "Trustees" heading on a page about a body are its trustees, as are those
on a record's "Trustees present:" line, at the body the record's meeting is of,
whether or not the list names a chair. Near misses: guests on an "Also
present:" line hold no seat; a heading naming no seat ("Our volunteers") seats
nobody. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_ABOUT = (
    "Who we are\n\n"
    "Orby Valley Carers Trust is a small charity supporting unpaid carers across the "
    "valley. It is run by a board of volunteer {seats}.\n\n"
    "{heading}\n"
    "Jo Tern (Chair) - retired district nurse\n"
    "Ben Ruskin - finance manager, Kelby Building Supplies\n"
    "Mia Hartigan - community activist, Fenby\n"
    "Dr Sam Oyelowo - Kelby University\n\n"
    "Contact us\n"
    "Orby Valley Carers Trust, 4 Mill Lane, Kelby.\n"
)
_TRUST = "Orby Valley Carers Trust"


def _seats(text: str) -> dict[str, str]:
    seed = extract_text(text + "\n", path="page.txt")
    return {who: (role or "").lower() for who, to, role in with_roles(seed, "MEMBER_OF")
            if to == _TRUST}  # fmt: skip


def test_people_listed_under_a_trustees_heading_are_trustees():
    seats = _seats(_ABOUT.format(seats="trustees", heading="Trustees"))
    assert seats.get("Jo Tern") == "chair"
    for person in ("Ben Ruskin", "Mia Hartigan", "Sam Oyelowo"):
        assert seats.get(person) == "trustee"


def test_a_heading_naming_no_seat_seats_nobody():
    seats = _seats(_ABOUT.format(seats="helpers", heading="Our volunteers"))
    assert not {"Ben Ruskin", "Mia Hartigan", "Sam Oyelowo"} & set(seats)


_RECORD = (
    "Orby Valley Carers Trust (registered charity)\n"
    "Minutes of the Trustees' meeting - 4 March 2026\n"
    "Held at: Kelby Library meeting room, 2.00pm\n\n"
    "{line}\n"
    "Staff: Ada Quist (Coordinator)\n"
    "Also present: Tom Vale, Older People's Lead, Kelby Primary Care Network (item 4)\n\n"
    "1. Apologies and quorum\nMeeting quorate.\n\n"
    "2. Befriending\nAQ reported 42 active matches. Kelby Primary Care Network will refer "
    "patients from April, and Kelby Primary Care Network will fund a post.\n"
)


def test_trustees_present_are_trustees_of_the_body_met_chair_named_or_not():
    for line in (
        "Trustees present: Jo Tern (Chair); Ben Ruskin (Treasurer); Mia Hartigan; Sam Oyelowo",
        "Trustees present: Jo Tern, Ben Ruskin, Mia Hartigan, Sam Oyelowo",
    ):
        seats = _seats(_RECORD.format(line=line))
        assert seats.get("Mia Hartigan") == "trustee"
        assert seats.get("Sam Oyelowo") == "trustee"
        assert "Tom Vale" not in seats and "Ada Quist" not in seats
