"""A known town written as the owner of something ("Ludlow's oldest charity",
"Kettering's great collection") is a place of the page, where that thing is; a
body said to be the town's charity is LOCATED_IN it. The state as a whole ("the
UK's largest charity") is no such place."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(sentence: str) -> dict:
    return extract_text(f"News.\n\n{sentence}\n", path="page.txt")


def _places(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Place"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foo League is Ludlow's oldest charity.",
        "Foo League, Ludlow's oldest charity, has won an award.",
        "Ludlow's oldest charity, Foo League, has won an award.",
    ],
)
def test_a_body_called_the_towns_charity_is_in_the_town(sentence):
    assert ("Foo League", "Ludlow") in pairs(_seed(sentence), "LOCATED_IN")


def test_a_town_owning_what_is_there_is_a_place_of_the_page():
    seed = _seed("The plan will see Kettering's great collection reimagined.")
    assert "Kettering" in _places(seed)


def test_the_state_owning_a_charity_is_no_place_of_the_page():
    seed = _seed("The UK's largest charity, Foo League, has won an award.")
    assert not _places(seed)
    assert not pairs(seed, "LOCATED_IN")
