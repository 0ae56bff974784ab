"""The page's event keeps the forms the page refers back to it by ("the
conference", "our annual conference", "the awards ceremony") as aliases, so
that a reader's list of its names and the extractor's agree; forms that may
mean another event are left out."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _aliases(text: str) -> dict[str, list[str]]:
    return {e["name"]: e.get("aliases", []) for e in events(extract_text(text))}


def test_the_conference_and_our_annual_conference_are_the_page_conference():
    found = _aliases(
        "Westshire Housing Conference 2031\n\n"
        "Over 200 tenants attended the Westshire Housing Conference 2031 in Northtown.\n\n"
        "The conference heard from Ada Brook of Northtown Homes.\n\n"
        "Thank you to everyone who came to our annual conference this year.\n"
    )
    (aliases,) = found.values()
    assert "conference" in aliases
    assert "our annual conference" in aliases


def test_the_awards_ceremony_is_the_page_awards_and_the_event_on_a_one_event_page():
    found = _aliases(
        "---\nurl: https://example.org/news/stars-at-kelby-care-awards\n---\n\n"
        "Stars shine at Kelby Care Awards\n\n"
        "Staff and guests gathered at Northtown Town Hall for the Kelby Care Awards.\n\n"
        "The event was hosted by chief executive Ada Brook.\n\n"
        "Winners were announced at the awards ceremony on Tuesday.\n"
    )
    (aliases,) = found.values()
    assert {"awards ceremony", "event"} <= set(aliases)


def test_a_room_the_next_meeting_and_other_events_are_not_the_page_event():
    found = _aliases(
        "Westshire Carers Summit\n\n"
        "Carers from across Westshire attended the Westshire Carers Summit in Northtown.\n\n"
        "Lunch was served in the summit room.\n\n"
        "The next summit will be held in Dalby, and details of the latest events are online.\n"
    )
    (aliases,) = found.values()
    assert not {"summit room", "next summit", "latest events", "summit"} & set(aliases)


def test_the_conference_is_left_out_when_the_page_names_two_conferences():
    found = _aliases(
        "Westshire Housing Conference 2031\n\n"
        "Over 200 tenants attended the Westshire Housing Conference 2031 in Northtown.\n\n"
        "Ada Brook told delegates about the Dalby Health Conference, held in May.\n\n"
        "The conference closed with a panel.\n"
    )
    assert len(found) == 2
    assert all("conference" not in aliases for aliases in found.values())
