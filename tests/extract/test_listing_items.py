"""A what's-on listing: each item's title line names an event, dated and placed by the
line under it; what the item's paragraph says is about that event."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs, with_roles

_LISTING = (
    "Coming up at Kelby - June 2027\n\n"
    "Seed Swap Social\n"
    "Saturday 5 June, 2-4pm, Fenby Library, Kelby\n"
    "Bring seeds and cuttings to share. Organised by Kelby Growers. Free.\n\n"
    "Carers Coffee Morning (online)\n"
    "Tuesday 15 June, 10am\n"
    "A relaxed hour for unpaid carers. Hosted by Ada Foss of Kelby Carers Trust.\n\n"
    "Summer Quiz Night\n"
    "Friday 25 June, 7pm, Tern Rooms, Kelby\n"
    "Quizmaster: Jo Tern, Events Lead at Fenby Radio.\n\n"
    "To book a place, call our office.\n"
)


def test_each_title_over_a_day_line_is_an_event_with_its_date():
    found = {(e["name"], e.get("date")) for e in events(extract_text(_LISTING))}
    assert {
        ("Seed Swap Social", "2027-06-05"),
        ("Carers Coffee Morning", "2027-06-15"),
        ("Summer Quiz Night", "2027-06-25"),
    } <= found


def test_the_day_line_places_its_event():
    located = pairs(extract_text(_LISTING), "LOCATED_IN")
    assert ("Seed Swap Social", "Fenby Library") in located
    assert ("Summer Quiz Night", "Tern Rooms") in located
    assert ("Seed Swap Social", "Tern Rooms") not in located


def test_what_an_item_says_is_about_its_own_event():
    seed = extract_text(_LISTING)
    assert ("Kelby Growers", "Seed Swap Social") in pairs(seed, "ORGANISED")
    assert ("Kelby Growers", "Summer Quiz Night") not in pairs(seed, "ORGANISED")
    assert ("Ada Foss", "Carers Coffee Morning") in pairs(seed, "ORGANISED")


def test_an_opening_participle_reaches_the_first_event_of_the_page():
    # the listing's first item is the page's first name: its event is mention 0
    seed = extract_text(
        "WHAT'S ON - APRIL 2027\n\n"
        "Repair Cafe\n"
        "Wednesday 7 April, 6pm, Kelby Chapel, Kelby\n"
        "Bring something broken. Organised by Fenby Fixers.\n"
    )
    assert ("Fenby Fixers", "Repair Cafe") in pairs(seed, "ORGANISED")


def test_a_heading_over_a_day_that_is_no_event_name_is_no_item():
    seed = extract_text(
        "Parish news, March 2027\n\n"
        "Dates for your diary\n"
        "Monday 8 March, 7pm, Kelby Village Hall\n"
        "The parish council meets. All welcome.\n"
    )
    assert "Dates for your diary" not in {e["name"] for e in events(seed)}


def test_a_diary_of_days_under_one_event_makes_no_event_of_each_paragraph():
    seed = extract_text(
        "Kelby Youth Exchange 2027\n\n"
        "Our group of twelve travelled to Fenby for the Kelby Youth Exchange 2027.\n\n"
        "We arrived late and went straight to bed.\n"
        "Monday 3 May was spent at the Fenby Museum.\n"
    )
    names = {e["name"] for e in events(seed)}
    assert "We arrived late and went straight to bed." not in names
    assert not any(r[1] == "Fenby Museum" for r in with_roles(seed, "ORGANISED"))
