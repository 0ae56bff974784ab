"""A record whose title is a body's name alone, the line under it saying what the
record is of ("Minutes of the Annual General Meeting, 4 June 2031", "Notes of Annual
General Meeting", "Minutes of the Grants Panel"), records that body's sitting: its
yearly meeting "<body> Annual General Meeting" (with the year and "Annual General
Meeting of <body>" as aliases), or its part's "<body> <part> meeting"; the body
held it. A legal ending ("Ltd") is left off the event's name. All names made up."""

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
        "Minutes of the Annual General Meeting, 4 June 2031, 7pm, Kelby Library",
        "Notes of Annual General Meeting – 4 June 2031, Main Hall",
        "Minutes of the Annual General Meeting\n\nTuesday 4 June 2031, 7pm, Kelby Library",
    ],
)
def test_a_body_over_minutes_of_its_agm_names_the_agm_it_held(under):
    seed = extract_text(f"Kelby Carers Forum\n\n{under}\n\n{_PRESENT}")
    event = events_by_name(seed)["Kelby Carers Forum Annual General Meeting"]
    assert "Kelby Carers Forum Annual General Meeting 2031" in event.get("aliases", [])
    assert "Annual General Meeting of Kelby Carers Forum" in event.get("aliases", [])
    assert ("Kelby Carers Forum", event["name"]) in pairs(seed, "ORGANISED")


def test_a_shouted_council_over_minutes_of_the_annual_meeting_of_the_council():
    seed = extract_text(
        "FENBY TOWN COUNCIL\n\n"
        f"Minutes of the Annual Meeting of the Council, 4 June 2031, 7pm\n\n{_PRESENT}"
    )
    event = events_by_name(seed)["Fenby Town Council Annual Meeting"]
    assert ("Fenby Town Council", event["name"]) in pairs(seed, "ORGANISED")


def test_a_legal_ending_is_left_off_the_meeting():
    seed = extract_text(
        "Kelby Housing Co-operative Ltd\n\n"
        f"Minutes of the Annual General Meeting, 4 June 2031\n\n{_PRESENT}"
    )
    assert "Kelby Housing Co-operative Annual General Meeting" in events_by_name(seed)


def test_minutes_of_a_part_name_the_part_meeting_held_by_the_body():
    seed = extract_text(
        f"FENBY FOOD PARTNERSHIP\n\nMinutes of the Grants Panel, 4 June 2031\n\n{_PRESENT}"
    )
    event = events_by_name(seed)["Fenby Food Partnership Grants Panel meeting"]
    assert "Grants Panel meeting" in event.get("aliases", [])
    assert ("Fenby Food Partnership", event["name"]) in pairs(seed, "ORGANISED")


@pytest.mark.parametrize(
    "opening",
    [
        # what the record is of is neither a yearly meeting nor a part of the body
        "Kelby Carers Forum\n\nMinutes of the busy month, 4 June 2031",
        # the title is not a body's name
        "A busy month for carers\n\nMinutes of the Annual General Meeting, 4 June 2031",
    ],
)
def test_no_named_sitting_from_near_misses(opening):
    seed = extract_text(f"{opening}\n\n{_PRESENT}")
    assert "Kelby Carers Forum Annual General Meeting" not in events_by_name(seed)
    assert not any(n.endswith("busy month meeting") for n in events_by_name(seed))
