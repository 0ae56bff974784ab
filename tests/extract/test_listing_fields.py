"""A what's-on listing whose items give their day and venue as labelled lines
("Date: ...", "Venue: ..."): each title over them is an event, dated and placed by
its own fields, not by the first item's."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.layout import lay_out
from tests.extract.reading import events, pairs

_LISTING = (
    "Kelby diary - events in May 2027\n\n"
    "Bat Walk at Fenby Marsh\n"
    "Date: Friday 7 May, 8.30pm\n"
    "Venue: Fenby Marsh Visitor Centre, Kelby\n"
    "A dusk walk with detectors. Led by Jo Tern of Kelby Wildlife Group.\n\n"
    "Kelby Book Swap\n"
    "When: Saturday 15 May\n"
    "Time: 10am to noon\n"
    "Where: Tern Rooms, Kelby\n"
    "Bring a book, take a book. Organised by Friends of Kelby Library.\n\n"
    "Singing for Wellbeing\n"
    "Venue: Orchard Chapel, Kelby\n"
    "Date: Tuesday 25 May, 2pm\n"
    "A friendly choir for everyone. Run by Fenby Arts Trust.\n"
)


def test_each_title_over_labelled_fields_is_an_event_with_its_date():
    found = {(e["name"], e.get("date")) for e in events(extract_text(_LISTING))}
    assert {
        ("Bat Walk at Fenby Marsh", "2027-05-07"),
        ("Kelby Book Swap", "2027-05-15"),
    } <= found


def test_each_item_is_placed_by_its_own_venue():
    located = pairs(extract_text(_LISTING), "LOCATED_IN")
    assert ("Bat Walk at Fenby Marsh", "Fenby Marsh Visitor Centre") in located
    assert ("Kelby Book Swap", "Tern Rooms") in located
    assert ("Kelby Book Swap", "Fenby Marsh Visitor Centre") not in located


def test_an_items_credit_line_is_about_its_own_event():
    seed = extract_text(_LISTING)
    organised = pairs(seed, "ORGANISED")
    assert ("Friends of Kelby Library", "Kelby Book Swap") in organised
    assert ("Friends of Kelby Library", "Bat Walk at Fenby Marsh") not in organised


def test_the_fields_join_into_one_when_line_the_day_first():
    texts = [b.text for b in lay_out(_LISTING).blocks]
    assert "Saturday 15 May, 10am to noon, Tern Rooms, Kelby" in texts


def test_one_event_pages_header_fields_stay_fields():
    layout = lay_out(
        "Kelby Carers Fair\n"
        "Date: Thursday 6 May 2027, 10am\n"
        "Venue: Fenby Hall, Kelby\n\n"
        "Come and meet local groups that support carers.\n"
    )
    assert layout.meta.get("venue") == "Fenby Hall, Kelby"


def test_a_field_that_opens_on_no_day_makes_no_item():
    text = (
        "Notes from the committee\n\n"
        "Hall repairs\n"
        "Date: to be confirmed\n"
        "Venue: Fenby Hall\n\n"
        "Summer fete\n"
        "Date: see the newsletter\n"
        "Venue: Kelby Green\n"
    )
    assert [b.text for b in lay_out(text).blocks if "Fenby Hall" in b.text] == ["Fenby Hall"]


def test_a_venue_written_before_the_day_still_places_its_item():
    seed = extract_text(_LISTING)
    assert ("Singing for Wellbeing", "2027-05-25") in {
        (e["name"], e.get("date")) for e in events(seed)
    }
    assert ("Singing for Wellbeing", "Orchard Chapel") in pairs(seed, "LOCATED_IN")
