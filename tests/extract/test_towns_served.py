"""A body serving "the towns of A, B and C" (or villages) is in each of them."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_a_body_serving_the_towns_of_a_list_is_in_each():
    seed = extract_text(
        "New grant for Kelby Carers Trust\n\n"
        "Kelby Carers Trust serves the towns of Ayton, Beeford and Bedale.",
        path="page.txt",
    )
    assert {
        ("Kelby Carers Trust", "Ayton"),
        ("Kelby Carers Trust", "Beeford"),
        ("Kelby Carers Trust", "Bedale"),
    } <= pairs(seed, "LOCATED_IN")


def test_a_body_serving_the_villages_of_a_list_is_in_each():
    seed = extract_text(
        "New grant for Kelby Carers Trust\n\n"
        "Kelby Carers Trust supports the villages of Ayton and Beeford.",
        path="page.txt",
    )
    assert {
        ("Kelby Carers Trust", "Ayton"),
        ("Kelby Carers Trust", "Beeford"),
    } <= pairs(seed, "LOCATED_IN")
