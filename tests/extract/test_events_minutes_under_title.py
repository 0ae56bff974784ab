"""A record whose title is a body's name alone, the line under it opening with record
words ("Minutes of the meeting held on ...", "Notes – 4 June 2031", "Action notes,
4 June 2031"), records that body's meeting: "<body> meeting", held by the body, and
who is listed present took part. A title naming a body and its part ("Fenby Food
Partnership – Grants Panel") names the part's meeting, held by the body. Near
misses give no such meeting. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events_by_name, pairs

_PRESENT = (
    "Present: Ada Foss (Chair), Jo Tern, Sam Kell.\n\n"
    "1. Welcome\nThe chair welcomed everyone to the meeting.\n"
)


@pytest.mark.parametrize(
    "under",
    [
        "Minutes of the meeting held on Tuesday 4 June 2031, 2pm, Kelby Library",
        "Minutes of meeting held Tuesday 4 June 2031, Room 2, Kelby Library",
        "Notes of meeting – 4 June 2031 (online)",
        "Minutes – Tuesday 4 June 2031, 6.30pm, Kelby Library",
        "Action notes, 4 June 2031 (online)",
    ],
)
def test_a_body_alone_over_a_minutes_line_names_its_meeting(under):
    seed = extract_text(f"Kelby Carers Forum\n\n{under}\n\n{_PRESENT}")
    assert "Kelby Carers Forum meeting" in events_by_name(seed), under
    assert ("Kelby Carers Forum", "Kelby Carers Forum meeting") in pairs(seed, "ORGANISED")
    assert ("Jo Tern", "Kelby Carers Forum meeting") in pairs(seed, "PARTICIPATED_IN")


def test_a_shouted_body_over_a_minutes_line():
    seed = extract_text(
        f"KELBY CARERS FORUM\n\nMinutes of the meeting held on 4 June 2031\n\n{_PRESENT}"
    )
    assert "Kelby Carers Forum meeting" in events_by_name(seed)


def test_a_body_and_its_part_name_the_part_meeting_held_by_the_body():
    seed = extract_text(
        "Fenby Food Partnership – Grants Panel\n\n"
        f"Decisions of the meeting held 4 June 2031\n\n{_PRESENT}"
    )
    event = events_by_name(seed)["Fenby Food Partnership Grants Panel meeting"]
    assert "Grants Panel meeting" in event.get("aliases", [])
    assert ("Fenby Food Partnership", event["name"]) in pairs(seed, "ORGANISED")


@pytest.mark.parametrize(
    "opening",
    [
        # the line under names a meeting of its own: not a record of the body's meeting
        "Kelby Carers Forum\n\nMinutes of the AGM held on 4 June 2031",
        # no record words under the title
        "Kelby Carers Forum\n\nA busy month for carers, 4 June 2031",
        # the title is not a body's name
        "A busy month for carers\n\nMinutes of the meeting held on 4 June 2031",
    ],
)
def test_no_body_meeting_from_near_misses(opening):
    seed = extract_text(f"{opening}\n\n{_PRESENT}")
    assert "Kelby Carers Forum meeting" not in events_by_name(seed)
