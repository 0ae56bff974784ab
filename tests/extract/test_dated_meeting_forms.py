"""A sitting of a body's board, forum or committee, whose date the page gives to the
day or month, also goes by its name and that date ("Kelby Carers Forum meeting 4
June 2031"), as a reader tells one sitting from the next; who was present took part
in it under either name. A meeting with a year alone, or no date, gets no such
form. All names and sentences made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.meeting_forms import dated_forms
from tests.extract.reading import pairs

_PRESENT = (
    "Present: Ada Foss (Chair), Jo Tern, Sam Kell.\n\n"
    "1. Welcome\nThe chair welcomed everyone to the meeting.\n"
)


def _meeting(seed) -> dict:
    (event,) = [e for e in seed["entities"] if e["type"] == "Event"]
    return event


def test_minutes_of_a_dated_sitting_name_it_with_its_day_too():
    seed = extract_text(
        "Kelby Carers Forum\n\n"
        f"Minutes of the meeting held on Tuesday 4 June 2031, 2pm, Kelby Library\n\n{_PRESENT}"
    )
    event = _meeting(seed)
    assert event["name"] == "Kelby Carers Forum meeting"
    assert "Kelby Carers Forum meeting 4 June 2031" in event["aliases"]
    assert ("Jo Tern", event["name"]) in pairs(seed, "PARTICIPATED_IN")


def test_a_body_and_its_part_give_both_meeting_names_their_day():
    seed = extract_text(
        "Fenby Food Partnership – Grants Panel\n\n"
        f"Decisions of the meeting held 9 October 2031\n\n{_PRESENT}"
    )
    aliases = _meeting(seed)["aliases"]
    assert "Fenby Food Partnership Grants Panel meeting 9 October 2031" in aliases
    assert "Grants Panel meeting 9 October 2031" in aliases


def test_a_day_or_month_is_written_after_each_meeting_name():
    names = ["Kelby Board meeting", "meeting", "Kelby AGM", "Kelby Board meeting 2031"]
    assert dated_forms(names, "2031-06-04") == ["Kelby Board meeting 4 June 2031"]
    assert dated_forms(names, "2031-11") == ["Kelby Board meeting November 2031"]


def test_a_year_alone_or_no_date_gives_no_dated_form():
    assert dated_forms(["Kelby Board meeting"], "2031") == []
    assert dated_forms(["Kelby Board meeting"], None) == []
