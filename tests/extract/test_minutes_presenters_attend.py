"""A meeting record's list of who came gives the role of those on it: a person
listed under "Present:" who presents an item later in the minutes took part as an
attendee, as the record writes them, not as a speaker; the chair it marks stays
chair, and a guest the list leaves out who presents is a speaker
(seed_relations.py, vocab/participation_roles_under_record.txt). All names and
sentences made up."""

from __future__ import annotations

from collabgraph.extract import extract_text

_EVENT = "Fenby Carers Forum meeting"

_LISTED = (
    "Fenby Carers Forum\n"
    "Minutes of the forum meeting, 12 May 2025, Kelby Library\n\n"
    "Present: Ada Foss (Chair, Fenby Carers Trust), Jo Tern (Kelby Council), "
    "Tom Reed (Larch Park Surgery), Nina Shah (Kelby Mind)\n"
    "Apologies: Sam Pike\n\n"
    "1. Welcome. The Chair welcomed everyone.\n"
    "2. Jo Tern presented the council's new carers' strategy and took questions.\n"
)

_GUEST = (
    "Fenby Carers Forum\n"
    "Minutes of the forum meeting, 12 May 2025, Kelby Library\n\n"
    "Present: Ada Foss (Chair, Fenby Carers Trust), Jo Tern (Kelby Council)\n\n"
    "1. Welcome. The Chair welcomed everyone.\n"
    "2. Guest speaker Nina Shah of Kelby Mind presented the findings of the carers' survey.\n"
)


def _roles(text: str) -> dict[str, str | None]:
    seed = extract_text(text, path="page.txt")
    return {
        r["from"]: r.get("role")
        for r in seed["relations"]
        if r["type"] == "PARTICIPATED_IN" and r["to"] == _EVENT
    }


def test_one_listed_present_who_presents_an_item_attended():
    roles = _roles(_LISTED)
    assert roles["Jo Tern"] == "attendee"
    assert roles["Tom Reed"] == "attendee"


def test_the_chair_the_list_marks_stays_chair():
    assert _roles(_LISTED)["Ada Foss"] == "chair"


def test_a_guest_left_off_the_list_who_presents_spoke():
    roles = _roles(_GUEST)
    assert roles["Nina Shah"] == "speaker"
    assert roles["Jo Tern"] == "attendee"
