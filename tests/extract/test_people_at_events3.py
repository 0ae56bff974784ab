"""People at events, round 37b: a write-up titled "Report: <event>" is about the
event, and who spoke at it took part in it; a report titled "Report: <report name>"
stays a report."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import types_of
from tests.extract.reading import with_roles as _rels


def test_a_report_title_naming_a_conference_is_the_event():
    text = (
        "Report: Fenby Community Health Conference 2025\n\n"
        "Around 90 people met on 3 June for the Fenby Community Health Conference 2025 "
        "at the Drill Hall in Fenby. The day was hosted by Fenby Voluntary Action.\n\n"
        "Speakers:\n"
        "- Ada Foss, Chief Executive, Fenby Voluntary Action\n"
        "- Jo Tern, Director, Kelby Trust\n"
    )
    assert types_of(text).get("Fenby Community Health Conference 2025") == "Event"
    took_part = {(who, to) for who, to, _ in _rels(extract_text(text), "PARTICIPATED_IN")}
    assert ("Ada Foss", "Fenby Community Health Conference 2025") in took_part
    assert ("Jo Tern", "Fenby Community Health Conference 2025") in took_part


def test_a_report_title_naming_a_report_stays_a_report():
    text = (
        "Report: Caring in Kelby 2025\n\n"
        "Kelby Carers Trust has published its yearly study of unpaid care in Kelby, "
        "written by Jo Tern.\n"
    )
    assert types_of(text).get("Caring in Kelby 2025") != "Event"
