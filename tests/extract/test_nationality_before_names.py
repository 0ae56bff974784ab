"""A nationality word before a person's name is no part of it (issue 11, news
names): "Croat Ada Foss" is Ada Foss; a body's name that opens with a nationality
keeps it. Made-up people and bodies."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kelby Rovers will be without injured striker Jo Tern, while Croat Ada Foss leads "
         "the attack.", "Ada Foss"),
        ("Full strength Ashford, led by Uruguayan Marco Tellez, may continue their run.",
         "Marco Tellez"),
        ("The evening was opened by Montenegrin Dejan Orlic and closed by the mayor.",
         "Dejan Orlic"),
    ],
)  # fmt: skip
def test_a_nationality_before_a_persons_name_is_cut_off(text, person):
    found = entities(text)
    assert ("Person", person) in found
    assert not any(name.endswith(person) and name != person for _, name in found)


@pytest.mark.parametrize(
    "body",
    ["Scottish Power Renewables", "Welsh Rugby Union", "British Heart Foundation",
     "Polish Saturday School"],
)  # fmt: skip
def test_a_body_named_with_a_nationality_keeps_it(body):
    found = entities(f"The grant came from {body} and was spent on the hall.")
    assert ("Organisation", body) in found
