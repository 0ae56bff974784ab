"""A programme named by two matching phrases with a comma between ("the club's
Gloves Off, Bats Up programme") is one name across the comma
(mentions/paired_titles.py); a list of bodies parted by commas stays a list.
Fictional names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def _found(text: str) -> set[tuple[str, str]]:
    return entities(text + "\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The grant will pay for the club's Gloves Off, Bats Up programme in local schools.",
            "Gloves Off, Bats Up",
        ),
        (
            "Ada Foss is working on the Damp Walls, Cold Rooms project with Jo Tern.",
            "Damp Walls, Cold Rooms",
        ),
        (
            "Fenby Trust leads the Warm Homes, Young Hearts project with Kelby Council.",
            "Warm Homes, Young Hearts",
        ),
    ],
)
def test_two_matching_phrases_name_one_programme(text: str, name: str) -> None:
    assert ("Project", name) in _found(text)


def test_a_list_of_bodies_stays_a_list() -> None:
    found = {
        n for _, n in _found("We thank Kelby Trust, Fenby Council, Dalby Foundation and others.")
    }
    assert {"Kelby Trust", "Fenby Council", "Dalby Foundation"} <= found
