"""Two everyday words closed by a body's weak head word go on across "in" to the
place they are named for: "Churches Together in Kelby" is one body, not "Churches
Together" and a place (mentions/worded_names.worded_name_across). Fictional names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volunteers from Churches Together in Orby served tea.", "Churches Together in Orby"),
        ("Churches Together in Fenby meets monthly.", "Churches Together in Fenby"),
        (
            "The lunch was run by Churches Together in Wyke Vale and the Kelby Trust.",
            "Churches Together in Wyke Vale",
        ),
    ],
)
def test_a_weak_headed_body_is_named_with_its_place(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert "Churches Together" not in names


def test_a_strong_headed_body_in_a_place_stays_two_names() -> None:
    names = _names("Volunteers from the Kelby Trust in Orby served tea.")
    assert "Kelby Trust" in names
    assert "Kelby Trust in Orby" not in names
