"""A meeting record whose headline names no body ("AGM 2025 - a report from the
evening"): its body is the one a line under the headline names on its own, or the
one the opening paragraph names holding the meeting ("Foo held its annual general
meeting"); its officers named with no body sit there (meeting_pages.py). Near
misses give nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_OFFICERS = (
    "Our chairman, Ada Foss, gave her report, thanking Fenby Borough Council and the "
    "Kelby Trust for their grants. Treasurer Jo Tern presented the accounts.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "AGM 2025 - a report from the evening\n\nLarch Lane Hall Association\n\n",
        "A full room for our 40th AGM\n\nLarch Lane Hall Association - news, 9 May 2025\n\n",
        "AGM report: new faces\n\nLarch Lane Hall Association held its annual general "
        "meeting on 9 May at the Old School.\n\n",
        # no meeting record in the headline, but a body alone on the line under the
        # title is the page's own (masthead_lines.py): "our" officers sit there too
        "A year of grants\n\nLarch Lane Hall Association\n\n",
    ],
)
def test_officers_sit_at_the_body_named_under_a_bare_record_headline(opening):
    seed = extract_text(opening + _OFFICERS, path="page.txt")
    got = pairs(seed, "MEMBER_OF")
    assert ("Ada Foss", "Larch Lane Hall Association") in got
    assert ("Jo Tern", "Larch Lane Hall Association") in got


@pytest.mark.parametrize(
    "opening",
    [
        # the body named under it is named in passing, not as holding the meeting
        "AGM 2025 - a report from the evening\n\nWe thanked Larch Lane Hall Association "
        "for the room.\n\n",
    ],
)
def test_no_body_placed_from_near_misses(opening):
    seed = extract_text(opening + _OFFICERS, path="page.txt")
    got = pairs(seed, "MEMBER_OF")
    assert ("Jo Tern", "Larch Lane Hall Association") not in got
