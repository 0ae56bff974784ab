"""An event programme's session lines with no time: a list mark, the session's
title, a dash and who leads it ("A. Money advice - Jane Doe, Foo Trust") give that
person a speaker's part in the page's event, and a "Delegates chose:" lead over
such lines does not make the session leaders attendees. A line naming a body or a
person before the dash is a list of names with posts, not a session. Made-up
names.
"""

from __future__ import annotations

from tests.extract.reading import at_summit


def test_lettered_workshop_lines_give_speakers() -> None:
    found = at_summit(
        "Workshops (round 1)\n"
        "A. Detached youth work and safety - Liam Costa, Kelby Youth Partnership\n"
        "B. Mental health: what schools want - Dr Priya Natt, Consultant, Fenby Trust\n"
        "C. Getting your first contract – Colm Radley, Fenby Voluntary Action\n"
    )
    assert {("Liam Costa", "speaker"), ("Priya Natt", "speaker")} <= found
    assert ("Colm Radley", "speaker") in found


def test_second_person_on_a_session_line_speaks_too() -> None:
    found = at_summit(
        "12.00  Workshops (choose one)\n"
        "       A. Data you can use – Ada Foss, Kelby Trust, and Dr Sam Ondry, Fenby University\n"
        "       B. Faith and action – Rabbi Miriam Adle, Fenby Interfaith Forum, and Imam "
        "Yusuf Pat, Fenby Mosque\n"
    )
    assert {("Ada Foss", "speaker"), ("Sam Ondry", "speaker")} <= found
    assert {("Miriam Adle", "speaker"), ("Yusuf Pat", "speaker")} <= found


def test_delegates_lead_over_sessions_gives_no_attendees() -> None:
    found = at_summit(
        "Delegates chose two of the following:\n\n"
        "- Measuring what matters - Jo Tern, evaluation lead at the Fenby Institute\n"
        "- Working with your council - Tom Haver (Head of Partnerships, Kelby Council)\n"
    )
    assert {("Jo Tern", "speaker"), ("Tom Haver", "speaker")} <= found
    assert not {("Jo Tern", "attendee"), ("Tom Haver", "attendee")} & found


def test_name_before_the_dash_is_not_a_session() -> None:
    found = at_summit("Stalls\n- Kelby Foodbank - Ada Foss, volunteer manager\n")
    assert ("Ada Foss", "speaker") not in found


def test_officer_line_is_not_a_session() -> None:
    found = at_summit("Officers elected\n- Vice-chair - Ada Foss\n- Treasurer - Tom Haver\n")
    assert ("Ada Foss", "chair") not in found
    assert ("Tom Haver", "speaker") not in found
