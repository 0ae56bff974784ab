"""A gazetteer place whose name runs across two small words ("on the", "and the")
is one place, not cut at them (mentions/split.py). Fictional bodies and people;
real places only from the gazetteer."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "place", "cut"),
    [
        (
            "Westshire Carers Trust is based in Bourton on the Water.",
            "Bourton on the Water",
            "Bourton",
        ),
        (
            "Ada Brook of Northtown Mind in Breedon on the Hill spoke at the fair.",
            "Breedon on the Hill",
            "Breedon",
        ),
        (
            "Kelby Youth Trust runs clubs in Chalfont St Peter and Amersham on the Hill.",
            "Amersham on the Hill",
            "Amersham",
        ),
    ],
)
def test_a_place_across_small_words_and_the_is_one_place(text, place, cut):
    found = entities(text + "\n")
    assert ("Place", place) in found
    assert ("Place", cut) not in found


def test_a_body_before_on_the_is_not_run_into_a_place():
    found = entities("The Kelby Singers performed on the Fenby Stage last week.\n")
    assert not any(kind == "Place" and "on the" in name for kind, name in found)
