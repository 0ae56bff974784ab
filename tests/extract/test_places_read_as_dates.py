"""A town's name after "in" that the recogniser reads as a date ("150 nurses in
Quenby on 9 October") is still a name, a place; a month or season there is not."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, located


def test_a_town_read_as_a_date_is_a_place():
    text = (
        "News\n\nThe Brindle Care Summit 2026 brought together 150 nurses in Quenby "
        "on 9 October 2026.\n"
    )
    assert ("Place", "Quenby") in entities(text)
    assert ("Brindle Care Summit 2026", "Quenby") in located(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Brindle Care Summit 2026 was held in May this year.", "May"),
        ("The Brindle Care Summit 2026 brought together 150 nurses in Spring 2026.", "Spring"),
    ],
)
def test_a_month_or_season_after_in_is_no_place(text, word):
    assert not any(name.startswith(word) for _, name in entities(f"News\n\n{text}\n"))
