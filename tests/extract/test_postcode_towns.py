"""A town written before a postcode in an address ("12 Mill Street, Quenby QB1
2AB") is a place named without the postcode, never a person."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    "line",
    [
        "Brindle Trust is based at Hollin House, 12 Mill Street, Quenby QB1 2AB.",
        "Write to Ada Foss at Brindle Trust, Quenby QB1 2AB, by Friday.",
    ],
)
def test_a_town_before_a_postcode_is_a_place(line):
    found = entities(f"News update\n\n{line}\n")
    assert ("Place", "Quenby") in found
    assert not any("QB1" in name for _, name in found)


def test_a_name_with_no_postcode_is_left_whole():
    found = entities("News update\n\nThe Brindle Trust hired Ada Foss in 2021.\n")
    assert ("Person", "Ada Foss") in found
