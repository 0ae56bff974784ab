"""A record of a body's meeting names the meeting as a reader does: after the body
(and the part of it that sat), with the day it sat ("Kelby Carers Forum meeting,
4 June 2031"). The date is read from the line that names the meeting or the line
under it; the record's header may say "Draft minutes" or "Record of", name the body
"Council of" its field, a part named as its meeting ("Committee Meeting") or a part
repeating the body's last word ("Partnership Board" of "Safer Kelby Partnership").
A yearly sitting keeps its year alone. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_PRESENT = (
    "Present: Ada Foss (Chair), Jo Tern, Sam Kell.\n\n"
    "1. Welcome\nThe chair welcomed everyone to the meeting.\n"
)


def _names(seed) -> set[str]:
    return {n for e in events(seed) for n in (e["name"], *e.get("aliases", []))}


def _named(seed, form: str) -> dict:
    return next(e for e in events(seed) if form in (e["name"], *e.get("aliases", [])))


def test_a_minuted_meeting_is_also_named_with_its_day():
    seed = extract_text(
        f"Kelby Carers Forum\n\nMinutes of the meeting held on Tuesday 4 June 2031, "
        f"2pm, Kelby Library\n\n{_PRESENT}"
    )
    assert "Kelby Carers Forum meeting, 4 June 2031" in _names(seed)
    event = _named(seed, "Kelby Carers Forum meeting, 4 June 2031")
    assert ("Jo Tern", event["name"]) in pairs(seed, "PARTICIPATED_IN")


def test_the_date_on_the_line_naming_the_meeting_dates_it():
    seed = extract_text(
        "DALBY RESIDENTS TRUST\n\nMinutes of the Board Meeting held on Monday 9 July 2031 "
        f"at 7pm in Dalby Village Hall\n\n{_PRESENT}"
    )
    assert any(n.endswith("Board Meeting, 9 July 2031") for n in _names(seed)), _names(seed)


def test_a_yearly_sitting_keeps_its_year_alone():
    seed = extract_text(
        "Minutes of the Annual General Meeting of Kelby Carers Forum\n\n"
        f"Held on Tuesday 4 June 2031 at Kelby Library\n\n{_PRESENT}"
    )
    assert not any("4 June 2031" in n for n in _names(seed)), _names(seed)


@pytest.mark.parametrize(
    ("header", "named"),
    [
        (
            "Fenby Council of Churches – Steering Group\n\n"
            "Notes of meeting, 4 June 2031, Fenby Library",
            "Fenby Council of Churches Steering Group meeting, 4 June 2031",
        ),
        (
            "Orby Tenants Forum – Committee Meeting\n\nNotes of meeting, 4 June 2031, Orby Hall",
            "Orby Tenants Forum Committee meeting, 4 June 2031",
        ),
        (
            "SAFER KELBY PARTNERSHIP\n\n"
            "Draft minutes of the Partnership Board, 4 June 2031, Kelby Police Station",
            "Safer Kelby Partnership Board meeting, 4 June 2031",
        ),
        (
            "KELBY VOLUNTARY ASSEMBLY\n\nRecord of the Assembly meeting, 4 June 2031, Kelby Hall",
            "Kelby Voluntary Assembly meeting, 4 June 2031",
        ),
    ],
)
def test_record_headers_name_the_body_and_its_part(header, named):
    seed = extract_text(f"{header}\n\n{_PRESENT}")
    assert named in _names(seed), _names(seed)
    event = _named(seed, named)
    assert ("Jo Tern", event["name"]) in pairs(seed, "PARTICIPATED_IN")


def test_a_full_council_is_the_full_council_meeting_of_its_council():
    seed = extract_text(
        "DALBY TOWN COUNCIL - FULL COUNCIL\n\n"
        f"Draft minutes, Monday 9 July 2031, 7pm, Dalby Town Hall\n\n{_PRESENT}"
    )
    assert "Full Council meeting of Dalby Town Council" in _names(seed), _names(seed)


def test_a_titled_event_gets_no_day_in_its_name():
    seed = extract_text(
        "Kelby Food Summit 2031\n\nThe Kelby Food Summit took place on 4 June 2031 at "
        "Kelby Library. Jo Tern of Kelby Food Partnership spoke.\n"
    )
    assert not any("4 June" in n for n in _names(seed)), _names(seed)


def test_a_yearly_sitting_of_a_body_is_named_with_its_year_after_the_body():
    seed = extract_text(
        "Minutes of the Annual General Meeting of Friends of Dalby Green\n\n"
        f"Held at Dalby Pavilion, Saturday 9 June 2031, 10am\n\n{_PRESENT}"
    )
    names = _names(seed)
    assert "Friends of Dalby Green AGM 2031" in names, names
    assert "Friends of Dalby Green Annual General Meeting 2031" in names, names
