"""Extra properties: names, types, built-in names kept apart, amounts and currencies."""

from __future__ import annotations

import pytest

from collabgraph.model.properties import (
    ENTITY_FIELDS,
    amount_and_currency,
    property_name,
    read_name,
    stored_name,
    typed_cell,
)


@pytest.mark.parametrize(
    ("cell", "stored"),
    [("1200", 1200), ("1,200,000", 1200000), ("-3.5", -3.5), ("0", 0), ("0.25", 0.25),
     ("01234567", "01234567"), ("1,2", "1,2"), ("12 Main St", "12 Main St"), ("1e5", "1e5")],
)  # fmt: skip
def test_table_cells_that_are_numbers_become_numbers(cell, stored):
    value = typed_cell(cell)
    assert value == stored and type(value) is type(stored)


def test_names_are_kept_and_stored_apart_from_built_in_fields():
    assert property_name(" Grant Title ") == "Grant Title"
    with pytest.raises(ValueError):
        property_name("  ")
    for name in ("name", "id", "property_name", "website"):
        stored = stored_name(name, ENTITY_FIELDS)
        assert stored not in ENTITY_FIELDS and read_name(stored) == name
    assert stored_name("website", ENTITY_FIELDS) == "website"


def test_amounts_are_numbers_and_a_sign_gives_the_currency():
    assert amount_and_currency("£5,000", None) == (5000, "GBP")
    assert amount_and_currency("2500.50", "gbp") == (2500.5, "GBP")
    assert amount_and_currency(750, None) == (750, None)
    with pytest.raises(ValueError, match="not a number"):
        amount_and_currency("lots", "GBP")
    with pytest.raises(ValueError, match="ISO 4217"):
        amount_and_currency("5", "pounds")
    with pytest.raises(ValueError, match="currency says EUR"):
        amount_and_currency("£5", "EUR")
