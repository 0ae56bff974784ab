"""A minutes' list of who came, with what the record writes beside a name that is
neither a body nor a post: the person's own initials ("Jo Tern (JT) – Kelby
Trust", "Ada Foss (AF, Fenby Council)") and the task done at the meeting ("(Kelby
CVS, notes)", "– Fenby Council, minutes"). Each person still works for the body
the line gives them; a body's short form in brackets is left alone. All names and
sentences made up (initials_names.py, person_initials.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.initials_names import spell_out_initials
from collabgraph.extract.person_initials import mend_meeting_tasks
from tests.extract.reading import pairs

_BRACKETS = (
    "Kelby Food Partnership – steering group\n"
    "Action notes, 4 March 2025\n\n"
    "Present: Ada Foss (AF, Fenby Borough Council), Tom Reed (TR, Kelby Food Bank), "
    "Nina Shah (NS, Larch Park Growers)\n"
    "Apologies: Sam Pike (Kelby Mind)\n\n"
    "1. AF reported that the partnership's bid went in on 1 March.\n"
)

_LINES = (
    "KELBY MONEY ADVICE PARTNERSHIP\n"
    "Minutes of meeting held 6 March 2025, Kelby Civic Centre\n\n"
    "Present:\n"
    "Ella Moss (EM) – Kelby Credit Union\n"
    "Ben Lark (BL) – Fenby Housing Group\n"
    "Rosa Tern (RT) – Kelby District Council, minutes\n\n"
    "1. EM reported 40 new accounts since November.\n"
)


@pytest.mark.parametrize(
    "person, body",
    [
        ("Ada Foss", "Fenby Borough Council"),
        ("Tom Reed", "Kelby Food Bank"),
        ("Nina Shah", "Larch Park Growers"),
    ],
)
def test_initials_in_the_brackets_leave_the_body_beside_the_person(person, body):
    assert (person, body) in pairs(extract_text(_BRACKETS, path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    "person, body",
    [
        ("Ella Moss", "Kelby Credit Union"),
        ("Ben Lark", "Fenby Housing Group"),
        ("Rosa Tern", "Kelby District Council"),
    ],
)
def test_initials_before_a_dash_and_the_minute_taker_keep_their_body(person, body):
    assert (person, body) in pairs(extract_text(_LINES, path="page.txt"), "WORKS_FOR")


def test_the_note_taker_works_for_the_body_in_her_brackets():
    text = (
        "Notes of the Kelby Voluntary Sector Forum, 6 February 2025\n\n"
        "Chair: Ada Foss (Kelby Mind)\n\n"
        "In attendance: Tom Reed (Community Development Officer, Fenby City Council); "
        "Ella Moss (Kelby Council for Voluntary Service, notes)\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Ella Moss", "Kelby Council for Voluntary Service") in pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "Fenby Community Energy (FCE) opened a share offer.",
        "Kelby Trust (KT) and Kelby Lane (KL) were there.",
        "Ada Foss (AB) came.",  # letters that are not hers
        "Kelby Trust (Fenby, notes) met.",  # no person before the brackets
    ],
)
def test_a_bodys_short_form_and_other_brackets_stay(text):
    assert mend_meeting_tasks(spell_out_initials(text)) == text


def test_the_person_keeps_her_name_and_the_rest_of_her_brackets():
    assert spell_out_initials("Ada Foss (AF, chair, Kelby Mind)") == "Ada Foss (chair, Kelby Mind)"
    assert mend_meeting_tasks("Tom Reed (Kelby CVS, notes)") == "Tom Reed (Kelby CVS)"
