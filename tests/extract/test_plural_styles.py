"""A plural style before a list of names ("Cllrs Jane Doe and Sam Reed", "the MPs
Tam Orrin and Rona Kell"): each name is a person's, the style is not part of the
first. Made-up write-ups, one kind of fault from real pages (issue 11)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    "text",
    [
        "The prizes were handed out by Cllrs Jane Doe and Sam Reed.",
        "The awards were presented by Clrs Jane Doe and Sam Reed at the Westshire Awards.",
        "Guests at the Northtown Forum included Drs Jane Doe and Sam Reed.",
    ],
)
def test_a_plural_style_is_not_part_of_the_first_name(text):
    people = {name for kind, name in entities(text) if kind == "Person"}
    assert {"Jane Doe", "Sam Reed"} <= people
    assert not any(name.split()[0].endswith("s") and name != "Sam Reed" for name in people)
