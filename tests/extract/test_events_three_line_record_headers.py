"""A record's header of three lines: a body, its part that met and then the record's
line ("Minutes of the meeting held on ...", "Notes of meeting - 4 June 2031") names the
part's meeting, "<part> meeting", and who is listed present took part in it. A body,
a line telling of it (in brackets, "Part of ...") and the record's line name the
body's own meeting. "Minutes of the Annual Meeting of the Town Council" under the
town council's name is its Annual Meeting. Near misses give no such meeting. All
names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events_by_name, pairs

_PRESENT = (
    "Present: Ada Foss (Chair), Jo Tern, Sam Kell.\n\n"
    "1. Welcome\nThe chair welcomed everyone to the meeting.\n"
)


@pytest.mark.parametrize(
    ("part", "under"),
    [
        ("Planning and Licensing Committee", "Minutes of the meeting held on 4 June 2031, 7pm"),
        ("Allotments Sub-Committee", "Minutes - Tuesday 4 June 2031, 7pm, Orby Town Hall"),
        ("Housing Review Panel", "Notes of meeting - 4 June 2031 - Orby Library"),
        ("PLANNING AND LICENSING COMMITTEE", "Minutes of the meeting held on 4 June 2031"),
    ],
)
def test_a_body_its_part_and_a_record_line_name_the_part_meeting(part, under):
    seed = extract_text(f"Orby Town Council\n\n{part}\n\n{under}\n\n{_PRESENT}")
    name = f"{part.title().replace(' And ', ' and ')} meeting"
    event = events_by_name(seed)[name]
    assert f"Orby Town Council {name}" in event.get("aliases", [])
    assert ("Jo Tern", name) in pairs(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "aside",
    ["(Registered charity and company limited by guarantee)", "Part of the Orby Health Network"],
)
def test_a_line_telling_of_the_body_is_passed_over(aside):
    seed = extract_text(
        "ORBY COMMUNITY TRUST\n\n"
        f"{aside}\n\n"
        "Minutes of the Annual General Meeting\n\n"
        f"Wednesday 4 June 2031, 6pm, Orby Library\n\n{_PRESENT}"
    )
    event = events_by_name(seed)["Orby Community Trust Annual General Meeting"]
    assert "Orby Community Trust Annual General Meeting 2031" in event.get("aliases", [])


def test_a_meeting_held_line_under_an_aside():
    seed = extract_text(
        "ORBY PLACE BOARD\n\nPart of the Orby Health Network\n\n"
        f"Meeting held in public, Thursday 5 June 2031, Orby Library\n\n{_PRESENT}"
    )
    assert "Orby Place Board meeting" in events_by_name(seed)
    assert ("Jo Tern", "Orby Place Board meeting") in pairs(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize("kind", ["Annual Meeting", "Ordinary Meeting"])
def test_the_council_meeting_said_of_the_council(kind):
    seed = extract_text(
        "ORBY TOWN COUNCIL\n\n"
        f"Minutes of the {kind} of the Town Council held on Tuesday 3 June 2031 at 7pm\n\n"
        f"{_PRESENT}"
    )
    event = events_by_name(seed)[f"Orby Town Council {kind}"]
    assert f"{kind} of Orby Town Council" in event.get("aliases", [])


@pytest.mark.parametrize(
    ("middle", "under"),
    [
        ("Summer news from the allotments", "Minutes of the meeting held on 4 June 2031"),
        ("Planning and Licensing Committee", "Our plans for the summer are ready"),
    ],
)
def test_near_misses_name_no_part_meeting(middle, under):
    seed = extract_text(f"Orby Town Council\n\n{middle}\n\n{under}\n\n{_PRESENT}")
    assert not any(n.endswith("Committee meeting") for n in events_by_name(seed))
    assert "Summer news from the allotments meeting" not in events_by_name(seed)


def test_a_note_of_meeting_under_a_body_names_its_meeting():
    seed = extract_text(f"Orby Carers Forum\n\nNote of meeting, 4 June 2031\n\n{_PRESENT}")
    assert "Orby Carers Forum meeting" in events_by_name(seed)
    assert ("Jo Tern", "Orby Carers Forum meeting") in pairs(seed, "PARTICIPATED_IN")
