"""A "When:" line over a page about one event dates the event, whatever date the
page itself was posted. Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _date(text: str) -> str | None:
    return events(extract_text(text, path="page.txt"))[0].get("date")


def test_a_when_line_dates_the_event():
    assert (
        _date(
            "Kelby Food Fair 2031\n\n"
            "Venue: Dale Chapel\n"
            "When: Saturday 4 May 2031, 10am to 4pm\n\n"
            "The Kelby Food Fair brings growers from across the county together.\n"
        )
        == "2031-05-04"
    )


def test_a_when_line_wins_over_the_posting_date():
    assert (
        _date(
            "Kelby Food Fair 2031\n\n"
            "Posted 2 March 2031\n"
            "When: Friday 6th June 2031, 2pm\n\n"
            "The Kelby Food Fair brings growers from across the county together.\n"
        )
        == "2031-06-06"
    )
