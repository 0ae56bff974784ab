"""A forum's or partnership's record listing who came with their bodies in brackets
("Present: A (Chair) (Foo Church), B (Bar Mosque)"): the bodies are the forum's
members (MEMBER_OF, role "member"), not the people who stand for them; the chair
keeps a seat. Near misses: a board's record seats the people (a partnership board's
too), and a person whose brackets open with a post keeps the seat. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _seats(text: str, body: str) -> dict[str, str | None]:
    seed = extract_text(text)
    return {who: role for who, to, role in with_roles(seed, "MEMBER_OF") if to == body}


_RECORD = (
    "{body} meeting\n\n"
    "The {body} met on Tuesday 3 March 2026 at Orby Library.\n\n"
    "Present: Ada Foss (Chair) (Kelby Baptist Church), Jo Tern (Fenby Carers Trust), "
    "Ben Ruskin (Orby Housing Association)\n\n"
    "1. Apologies were noted.\n\n"
    "2. The {body} agreed to write to the bus company about the late services.\n"
)


def test_the_bodies_listed_at_a_forum_are_its_members():
    body = "Orby Neighbours Forum"
    seats = _seats(_RECORD.format(body=body), body)
    assert seats.get("Fenby Carers Trust") == "member", seats
    assert seats.get("Orby Housing Association") == "member", seats
    assert (seats.get("Ada Foss") or "").lower() == "chair", seats
    assert "Jo Tern" not in seats and "Ben Ruskin" not in seats, seats


def test_a_partnership_board_seats_the_people_listed():
    body = "Orby Health Partnership Board"
    seats = _seats(_RECORD.format(body=body), body)
    assert seats.get("Jo Tern") == "member" and seats.get("Ben Ruskin") == "member", seats
    assert "Fenby Carers Trust" not in seats, seats
