"""A record's title names its meeting ("Minutes of the Annual General Meeting of Foo"),
and a notice's or notes' title over a venue field names its event whole ("Kelby ward
surgery and community meeting - notes")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _events(text: str) -> dict[str, str | None]:
    return {e["name"]: e.get("date") for e in events(extract_text(text))}


def test_minutes_title_names_the_meeting_and_its_body():
    found = _events(
        "Minutes of the Annual General Meeting of Fenby Allotment Society\n\n"
        "Held on Monday 8 March 2027 at 7pm, Fenby Village Hall\n\n"
        "Present: 21 members\n\n"
        "1. Welcome\nThe chair, Jo Tern, opened the meeting.\n"
    )
    assert found.get("Annual General Meeting of Fenby Allotment Society") == "2027-03-08"
    assert not any(n.startswith("Minutes") for n in found)


def test_notes_of_a_forum_meeting():
    found = _events(
        "Notes of the Kelby Carers Forum meeting\n\n"
        "Held on Wednesday 3 February 2027 at Kelby Library.\n\n"
        "Ada Foss of Fenby Trust spoke about respite breaks.\n"
    )
    assert "Kelby Carers Forum meeting" in found


def test_minutes_of_something_that_is_no_meeting_name_no_event():
    found = _events(
        "Minutes of the Fenby Allotment Society\n\n"
        "The society keeps its papers at Kelby Library. Jo Tern is its secretary.\n"
    )
    assert "Fenby Allotment Society" not in found


def test_a_notes_title_over_a_venue_field_is_the_events_whole_name():
    found = _events(
        "Kelby ward surgery and residents meeting – notes\n\n"
        "Date: Saturday 6 February 2027\n"
        "Venue: Fenby Family Centre, Mill Road\n\n"
        "Around 40 residents came to the joint surgery and residents meeting. "
        "Cllr Jo Tern of Kelby Council chaired.\n"
    )
    assert found.get("Kelby ward surgery and residents meeting") == "2027-02-06"


def test_a_news_title_over_a_venue_field_is_not_made_the_events_name():
    found = _events(
        "Residents meeting backs new play park\n\n"
        "Venue: Fenby Family Centre, Mill Road\n\n"
        "Around 40 residents came to the Kelby residents meeting on 6 February 2027. "
        "Cllr Jo Tern of Kelby Council chaired.\n"
    )
    assert "Residents meeting backs new play park" not in found
