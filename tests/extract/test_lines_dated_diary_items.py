"""One-line dated items under "Dates for your diary": the words after the date and
dash name an event, dated by the item, held at the venue set off after it by a comma
or "at"; a body in brackets or after "with" is no venue, and the event's own words
are no body."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_DIARY = (
    "Kelby Residents' News - Spring 2027\n\n"
    "The committee met twice this spring and thanks everyone who came.\n\n"
    "DATES FOR YOUR DIARY\n"
    "- Sat 10 April – Seed swap, Fenby Library, 2-4pm\n"
    "- 21 June: Summer Repair Day, Kelby Market Hall\n"
    "- Fri 9 July – Quiz night at Tern Rooms (Kelby Growers)\n"
    "- Sun 18 July – Litter pick with Fenby Parish Council\n"
)


def test_each_dated_item_names_an_event_with_its_date():
    found = {(e["name"], e.get("date")) for e in events(extract_text(_DIARY))}
    assert {
        ("Seed swap", "2027-04-10"),
        ("Summer Repair Day", "2027-06-21"),
        ("Quiz night", "2027-07-09"),
        ("Litter pick", "2027-07-18"),
    } <= found


def test_each_event_is_held_at_its_venue():
    located = pairs(extract_text(_DIARY), "LOCATED_IN")
    assert ("Seed swap", "Fenby Library") in located
    assert ("Summer Repair Day", "Kelby Market Hall") in located
    assert ("Quiz night", "Tern Rooms") in located


def test_bodies_on_the_line_are_no_venues():
    graph = extract_text(_DIARY)
    located = pairs(graph, "LOCATED_IN")
    assert ("Quiz night", "Kelby Growers") not in located
    assert ("Litter pick", "Fenby Parish Council") not in located
    bodies = {e["name"] for e in graph["entities"] if e["type"] == "Organisation"}
    assert "Summer Repair Day" not in bodies
