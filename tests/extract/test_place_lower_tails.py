"""A place named with a lower-case "valley" after "the" ("across the Teg valley",
"in the upper Derwen valley"): the whole is the place (mentions/add.py,
vocab/place_lower_tails.txt)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, located


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kelby Hospice cares for 900 patients a year across Kelby and the Fenmoor valley.",
            "Fenmoor valley",
        ),
        (
            "The minibus now serves eleven villages in the upper Tarran valley.",
            "upper Tarran valley",
        ),
        ("Our detached team covers the villages of the Harle valley.", "Harle valley"),
    ],
)
def test_a_named_valley_is_one_place(text, place):
    assert ("Place", place) in entities(text + "\n")


def test_a_hospice_caring_across_a_valley_is_located_in_it():
    pairs = located(
        "Kelby Hospice cares for 900 patients a year across Kelby and the Fenmoor valley.\n"
    )
    assert ("Kelby Hospice", "Fenmoor valley") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Walkers followed the river down the valley to Kelby.\n",
        "Staff from Fenmoor Valley Trust planted trees in the valley.\n",
    ],
)
def test_no_valley_place_without_a_name_before_it(text):
    assert not any(kind == "Place" and "valley" in name for kind, name in entities(text))
