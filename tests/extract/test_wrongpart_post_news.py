"""News of a person's post puts no one at the page's event: "Jo Tern, who has
stepped down as treasurer", "Ada Foss joins us from Fenby Trust", "welcomed two new
trustees" are no part in the AGM the page is about; a speaker who opened it still
takes part."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs as _pairs

_AGM = (
    "Kelby Community Association AGM 2025\n\n"
    "Around forty members came to the Kelby Community Association AGM 2025 at Kelby "
    "Village Hall on 12 June.\n\n"
    "Our chair, Ben Ashdown, opened the meeting and presented the annual report.\n\n"
    "He thanked Jo Tern, who stepped down as treasurer after six years, and "
    "welcomed two new trustees.\n\n"
    "Ada Foss joins us from Fenby Voluntary Action as our new development worker.\n"
)


def _takers(text: str) -> set[str]:
    return {who for who, _ in _pairs(extract_text(text), "PARTICIPATED_IN")}


def test_someone_who_stepped_down_is_no_participant():
    assert "Jo Tern" not in _takers(_AGM)


def test_someone_who_joins_the_staff_is_no_participant():
    assert "Ada Foss" not in _takers(_AGM)


def test_the_chair_who_opened_the_meeting_still_takes_part():
    assert "Ben Ashdown" in _takers(_AGM)
