"""A label line after the body has begun ("Date: ..." closing a post about an
event) is read as a field that dates the event (vocab/meta_late_fields.txt);
"Date of event:" is a date field too. Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import entities, events

FAIR = "Kelby Food Fair 2031"

_LATE = (
    f"{FAIR}\n\n"
    "The Kelby Food Fair brings growers from across the county together. "
    "Anna Roe of Fenby Growers will open the fair.\n\n"
    "Stalls are free for local growers, and everyone is welcome.\n\n"
    "Date: Saturday 4 May 2031\n"
    "Venue: Fenby Village Hall\n"
)


def _date(text: str) -> str | None:
    return events(extract_text(text, path="page.txt"))[0].get("date")


def test_a_date_line_after_the_body_dates_the_event():
    assert _date(_LATE) == "2031-05-04"


def test_a_date_of_event_line_dates_the_event():
    text = (
        f"{FAIR}\n\n"
        "Posted 2 March 2031\n"
        "Date of event: Friday 6th June 2031\n\n"
        "The Kelby Food Fair brings growers from across the county together.\n"
    )
    assert _date(text) == "2031-06-06"


def test_a_sentence_with_a_colon_in_the_body_stays_prose():
    text = (
        f"{FAIR}\n\n"
        "The Kelby Food Fair brings growers from across the county together.\n\n"
        "Where: that was the question Anna Roe asked of Fenby Growers when the fair "
        "began, and the answer has changed every year since then, she said.\n"
    )
    assert ("Person", "Anna Roe") in entities(text)
