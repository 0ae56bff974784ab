"""An item's or a paper's reference after a person's name ("Councillor Brook
OSC22-035", as agenda pages write them) is no word of the name (issue 11: the
person was "Brook OSC22", apart from "Ada Brook"). Made-up write-ups.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "person", "glued"),
    [
        (
            "Scrutiny Topic Proposal - Arrangements for Grants - Councillor Brook OSC22-035.\n\n"
            "Reporting Person – Councillor Ada Brook\n\nThe committee met on Monday.\n",
            "Ada Brook",
            "Brook OSC22",
        ),
        (
            "Report of Councillor Tom Reed EX31-2 to the Cabinet of Westshire Council.",
            "Tom Reed",
            "Tom Reed EX31",
        ),
    ],
)
def test_a_reference_after_a_name_is_no_part_of_it(text, person, glued):
    found = entities(text)
    assert ("Person", person) in found
    assert glued not in {name for _, name in found}


def test_letters_and_digits_inside_a_name_stay_in_it():
    found = entities("The Westshire COVID19 Fund gave grants to Fenby Mind.")
    assert "Westshire COVID19 Fund" in {name for _, name in found}
