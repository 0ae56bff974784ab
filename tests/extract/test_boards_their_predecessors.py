"""A plural "they" who replace people: "They replace Sam Lowe and Pat Reed" after
new board members are named makes the people replaced members of the same board,
in the seat the new ones took; not a seat only one person holds, and not when no
seat was given twice before."""

from __future__ import annotations

from tests.extract.reading import members

_NEW = (
    "Three new trustees join Kelby Hospice\n\n"
    "Kelby Hospice has welcomed three new trustees.\n\n"
    "Ada Foss, a retired nurse, has joined the board as a trustee. Jo Tern, an "
    "accountant, has also joined as a trustee.\n\n"
)


def test_they_replace_two_people_who_held_the_seat():
    found = members(_NEW + "They replace Sam Lowe and Pat Reed, who both stepped down.\n")
    assert ("Sam Lowe", "Kelby Hospice") in found
    assert ("Pat Reed", "Kelby Hospice") in found


def test_no_seat_given_twice_before_places_nobody():
    found = members(
        "Fenby Trust news\n\n"
        "Ada Foss is a nurse at Ayton General Hospital and volunteers at the Fenby Trust "
        "shop.\n\n"
        "They replace Sam Lowe and Pat Reed, who both stepped down.\n"
    )
    assert not {p for p, _ in found} & {"Sam Lowe", "Pat Reed"}


def test_a_chair_given_is_no_shared_seat():
    found = members(
        "Fenby Trust news\n\n"
        "Ada Foss has been appointed chair of the Fenby Trust. Jo Tern has been appointed "
        "chair of the Ayton Trust.\n\n"
        "They replace Sam Lowe and Pat Reed, who both stepped down.\n"
    )
    assert not {p for p, _ in found} & {"Sam Lowe", "Pat Reed"}
