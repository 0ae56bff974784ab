"""A "Chair:" line in a paragraph whose other lines are labelled with board
officers' posts ("Vice-chair - Jo Tern", "Treasurer: Ada Foss") is a committee's
roll: its chair is the body's, not the chair of the page's event
(`programme_lines.officers_roll`). All names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_AGM = (
    "Orrin Residents' Association AGM\n\n"
    "Orrin Residents' Association held its annual general meeting on Tuesday 3 May "
    "2031 at Kelby Church Hall. Forty members attended.\n\n"
)


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_a_chair_line_over_officers_lines_is_the_bodys_chair():
    seed = _seed(
        _AGM + "Elections\nThe following were elected to the committee:\n"
        "Chair – Hester Quill\nVice-chair – Tobias Wren\nTreasurer – Alma Stroud\n"
    )
    taking_part = with_roles(seed, "PARTICIPATED_IN")
    assert not any(who == "Hester Quill" and role == "chair" for who, _, role in taking_part)
    members = {(who, body) for who, body, _ in with_roles(seed, "MEMBER_OF")}
    assert ("Hester Quill", "Orrin Residents' Association") in members


def test_a_chair_and_secretary_on_one_line():
    seed = _seed(_AGM + "Chair: Hester Quill | Secretary: Alma Stroud\n")
    taking_part = with_roles(seed, "PARTICIPATED_IN")
    assert not any(who == "Hester Quill" and role == "chair" for who, _, role in taking_part)


def test_a_programmes_chair_line_still_chairs_the_event():
    seed = _seed(
        "Kelby Carers Conference 2031\n\n"
        "The Kelby Carers Conference takes place on 4 June 2031 at Fenby Town Hall.\n\n"
        "Programme\n10.00 Welcome\n10.15 Panel: caring at home\n"
        "Chair: Hester Quill, Director, Orrin Carers Trust\n"
    )
    taking_part = with_roles(seed, "PARTICIPATED_IN")
    assert any(who == "Hester Quill" and role == "chair" for who, _, role in taking_part)
