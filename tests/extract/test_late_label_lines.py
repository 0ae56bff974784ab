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


def _located(text: str) -> set[tuple[str, str]]:
    seed = extract_text(text, path="page.txt")
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "LOCATED_IN"}


def test_a_location_line_after_the_body_places_the_event():
    text = (
        "Harvest Supper at St Anne's\n\n"
        "Join us for the Dunby Harvest Supper, hosted by Dunby Parish Council.\n\n"
        "Date: Saturday 3 October 2031\n"
        "Location: St Anne's Church Hall, Dunby\n"
    )
    located = _located(text)
    assert ("Dunby Harvest Supper", "St Anne's Church Hall") in located
    assert ("Dunby Harvest Supper", "Dunby") in located


def test_a_where_line_after_the_body_places_the_event_not_in_its_street():
    text = (
        "Tea and Talk at Kelby Library\n\n"
        "Drop in for a cuppa at our monthly Tea and Talk, run by Kelby Vale Carers.\n\n"
        "When: Tuesday 5 May 2031, 10am to noon\n"
        "Where: Kelby Library, Mill Street, Kelby Vale\n"
    )
    located = _located(text)
    assert ("Tea and Talk", "Kelby Vale") in located
    assert ("Tea and Talk", "Mill Street") not in located
