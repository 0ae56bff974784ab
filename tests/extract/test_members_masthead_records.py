"""A meeting record under its body's masthead ("FOO ASSOCIATION" over "Minutes of
the Annual General Meeting"), whose meeting's name names no body: the people its
"Present:" line lists with a chair hold seats on the masthead's body, each with
the officer's post or board seat the line gives them ("(Secretary)", "(JT,
Treasurer)") or else "member"; a job in the brackets ("Chief Executive, Foo") is
no seat there. Near misses: guests ("In attendance:"), a page that is no record.
All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_BODY = "Kelby Court Residents' Association"

_RECORD = (
    "KELBY COURT RESIDENTS' ASSOCIATION\n"
    "Minutes of the Annual General Meeting\n"
    "Tuesday 3 March 2026, 7pm, Kelby Court Community Room\n\n"
    "{line}\n"
    "In attendance: Ben Ruskin, Housing Officer, Fenby Homes.\n\n"
    "1. Apologies were noted.\n\n"
    "2. The accounts were approved.\n"
)


def _seats(text: str, body: str = _BODY) -> dict[str, str | None]:
    seed = extract_text(text)
    return {who: role for who, to, role in with_roles(seed, "MEMBER_OF") if to == body}


def test_present_members_sit_on_the_masthead_body():
    line = "Present: Ada Foss (AF, Chair), Jo Tern (JT, Secretary), Mia Hart (MH), Tom Lyle (TL)"
    seats = _seats(_RECORD.format(line=line))
    assert (seats.get("Ada Foss") or "").lower() == "chair", seats
    assert (seats.get("Jo Tern") or "").lower() == "secretary", seats
    assert seats.get("Mia Hart") == "member", seats
    assert seats.get("Tom Lyle") == "member", seats


def test_guests_of_the_record_take_no_seat():
    line = "Present: Ada Foss (Chair), Jo Tern (Treasurer), Mia Hart"
    seats = _seats(_RECORD.format(line=line))
    assert (seats.get("Jo Tern") or "").lower() == "treasurer", seats
    assert "Ben Ruskin" not in seats, seats


def test_a_job_in_the_brackets_is_no_seat_named():
    text = (
        "Fenby Health and Wellbeing Board meeting\n\n"
        "The Fenby Health and Wellbeing Board met on 3 March 2026 at Fenby Town Hall.\n\n"
        "Present: Ada Foss (Chair), Jo Tern (Vice-Chair; Director, Fenby Trust), "
        "Mia Hart (Chief Executive, Fenby CVS)\n\n"
        "1. Apologies were noted.\n"
    )
    seats = _seats(text, "Fenby Health and Wellbeing Board")
    assert (seats.get("Jo Tern") or "").lower() == "vice-chair", seats
    assert seats.get("Mia Hart") == "member", seats


def test_a_page_that_is_no_record_seats_no_one_at_its_title_body():
    text = (
        "KELBY COURT RESIDENTS' ASSOCIATION\n"
        "News from the estate\n\n"
        "Present: Ada Foss (Chair), Jo Tern, Mia Hart\n\n"
        "The garden party raised £300 for the lifts fund.\n"
    )
    assert "Jo Tern" not in _seats(text), _seats(text)
