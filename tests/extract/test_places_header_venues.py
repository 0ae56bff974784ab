"""The header of a record of a meeting names where it was held after its date or
time, with no word of where: "Held 5 June 2025, Fenby Civic Centre, 7pm",
"minutes of the meeting of 9 May 2024, 6pm, Room 4, Fenby Civic Centre":
the page's meeting is LOCATED_IN the venue (page_venue.after_date_fields)."""

from __future__ import annotations

import pytest

from collabgraph.extract.page_venue import after_date_fields
from tests.extract.reading import located

_NOTES = (
    "Kelby Carers Forum – notes of the meeting held 9 May 2024, 6pm, Room 4, "
    "Fenby Civic Centre\n\nPresent: Jo Tern (Chair), Ada Foss.\n\n"
    "The forum agreed to meet again in May.\n"
)


def test_the_meeting_is_held_at_the_venue_its_header_names():
    assert ("Kelby Carers Forum meeting", "Fenby Civic Centre") in located(_NOTES)


@pytest.mark.parametrize(
    "before",
    [
        "Held 5 June 2025, ",
        "Minutes – Friday 7 March 2025, 5.45pm, ",
        "minutes of the meeting of 9 May 2024, 6pm, Room 4, ",
        "Held on Monday 2 June, ",
    ],
)
def test_a_date_or_time_and_a_comma_come_before_a_venue(before):
    assert after_date_fields(before)


@pytest.mark.parametrize(
    "before",
    [
        "Ada Foss thanked the team at ",
        "The group met in 2024 and ",
        "Held 5 June 2025, the forum heard from volunteers at the Old Mill, ",
    ],
)
def test_other_words_before_a_name_are_no_header(before):
    assert not after_date_fields(before)
