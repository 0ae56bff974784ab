"""A record whose title is a body's name alone, the line under it naming the meeting
before its record words ("Steering Group - Minutes", "Quarterly meeting - action
notes") or after them with where it was held ("Minutes of the quarterly meeting held
on ..."), records that meeting: "<body> <part> meeting" or "<body> quarterly meeting",
held by the body, dated by the page's date field, and who is listed present took
part. A title with no body's word is read as the body's name when the line under it
names the body's part ("Board of Trustees - Minutes"). Near misses give no such
meeting. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PRESENT = (
    "Present: Ada Foss (Chair), Jo Tern, Sam Kell.\n\n"
    "1. Welcome\nThe chair welcomed everyone to the meeting.\n"
)


def _events(seed) -> dict[str, dict]:
    return {e["name"].lower(): e for e in seed["entities"] if e["type"] == "Event"}


@pytest.mark.parametrize(
    ("opening", "meeting"),
    [
        ("Kelby Tenants Alliance\n\nSteering Group - Minutes", "Steering Group meeting"),
        ("KELBY TENANTS ALLIANCE\n\nSteering Group: notes of meeting", "Steering Group meeting"),
        ("Kelby Tenants Alliance\n\nQuarterly meeting - action notes", "quarterly meeting"),
        (
            "Kelby Tenants Alliance\n\n"
            "Minutes of the quarterly meeting held on 4 June 2031, 10am, Kelby Library",
            "quarterly meeting",
        ),
    ],
)
def test_the_meeting_a_record_line_names_under_a_body(opening, meeting):
    seed = extract_text(f"{opening}\nDate: 4 June 2031\n\n{_PRESENT}")
    name = f"Kelby Tenants Alliance {meeting}"
    assert name.lower() in _events(seed), opening
    event = _events(seed)[name.lower()]
    assert ("Kelby Tenants Alliance", event["name"]) in pairs(seed, "ORGANISED")
    assert ("Jo Tern", event["name"]) in pairs(seed, "PARTICIPATED_IN")


def test_a_record_dated_by_its_date_field_is_written_with_that_day_too():
    seed = extract_text(
        f"Kelby Tenants Alliance\n\nSteering Group - Minutes\nDate: 4 June 2031\n\n{_PRESENT}"
    )
    event = _events(seed)["kelby tenants alliance steering group meeting"]
    assert event.get("date") == "2031-06-04"
    assert "Kelby Tenants Alliance Steering Group meeting, 4 June 2031" in event["aliases"]


def test_a_title_with_no_body_word_over_its_boards_minutes():
    seed = extract_text(
        f"FENBY GOOD NEIGHBOURS\n\nBoard of Trustees - Minutes\nDate: 4 June 2031\n\n{_PRESENT}"
    )
    assert "fenby good neighbours board of trustees meeting" in _events(seed)


def test_a_part_that_is_the_body_itself_is_not_written_twice():
    seed = extract_text(
        "ORBY PARISH COUNCIL\n\n"
        f"Minutes of the Parish Council meeting held on 4 June 2031 at the Village Hall\n\n"
        f"{_PRESENT}"
    )
    events = _events(seed)
    assert "orby parish council meeting" in events
    assert not any("council parish council" in name for name in events)


@pytest.mark.parametrize(
    "opening",
    [
        # the title is no name: lower-case words
        "A busy month for tenants\n\nSteering Group - Minutes",
        # the line under names no meeting and no part of a body
        "Kelby Tenants Alliance\n\nNew members - notes",
    ],
)
def test_no_meeting_from_near_misses(opening):
    seed = extract_text(f"{opening}\nDate: 4 June 2031\n\n{_PRESENT}")
    events = _events(seed)
    assert "a busy month for tenants steering group meeting" not in events
    assert not any(name.startswith("kelby tenants alliance new members") for name in events)
