"""A body that moves to new premises ("Foo Shed will move to Y Hall", "Foo Trust
moved to new premises in Kelby") is LOCATED_IN its new place; where it was before
("was previously based at Y House") is no place of it, nor is a person's move."""

from __future__ import annotations

import pytest

from tests.extract.reading import located


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Quenby Men's Shed will move to Dudley Town Hall from June.",
         "Quenby Men's Shed", "Dudley Town Hall"),
        ("Brindle Trust moved to new premises in Dudley last year.", "Brindle Trust", "Dudley"),
    ],
)  # fmt: skip
def test_a_body_is_where_it_moves_to(text, body, place):
    assert (body, place) in located(f"News\n\n{text}\n")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Brindle Trust was previously based at Hollin House in Dudley.", "Brindle Trust"),
        ("Brindle Trust was formerly housed at Hollin House.", "Brindle Trust"),
        ("Ada Foss moved to Dudley in 2019 and later joined Brindle Trust.", "Brindle Trust"),
    ],
)
def test_where_a_body_was_before_or_a_person_moved_is_not_its_place(text, owner):
    assert not any(o == owner for o, _ in located(f"News\n\n{text}\n"))


def test_an_address_unit_is_no_place():
    text = "News\n\nBrindle Trust has moved to new premises at Unit 4, Hollin Yard, Dudley.\n"
    from tests.extract.reading import entities

    assert not any(name == "Unit" for _, name in entities(text))
