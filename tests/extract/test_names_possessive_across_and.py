"""A name whose possessive comes just after "and" or "&" is one name when the words
from "and" to the possessive name no one of their own (mentions/and_parts.py,
`one_owner_across_and`): an area word ("Fenby & District Men's Shed") or common
words after a common word ("Kelby Deaf and Disabled People's Forum"). A proper name
or a body's head word before "and" still parts two bodies. Fictional names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, members


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        (
            "Jo Tern chairs the Fenby & District Carers' Hub, which meets on Tuesdays.",
            "Fenby & District Carers' Hub",
            "District Carers' Hub",
        ),
        (
            "Ada Foss chairs the Kelby and District Men's Shed, which meets weekly.",
            "Kelby and District Men's Shed",
            "District Men's Shed",
        ),
        (
            "Jo Tern chairs the Kelby Deaf and Disabled People's Alliance, which meets "
            "on Tuesdays.",
            "Kelby Deaf and Disabled People's Alliance",
            "Disabled People's Alliance",
        ),
        (
            "Members of Kelby Young Parents and Carers' Network met on Monday.",
            "Kelby Young Parents and Carers' Network",
            "Carers' Network",
        ),
    ],
)
def test_possessive_after_and_closes_one_name(text, whole, cut):
    names = _names(text)
    assert whole in names
    assert cut not in names


def test_the_chair_sits_on_the_whole_body():
    found = members("Jo Tern chairs the Fenby & District Carers' Hub, which meets on Tuesdays.")
    assert ("Jo Tern", "Fenby & District Carers' Hub") in found


def test_a_proper_name_before_and_still_parts_two_bodies():
    names = _names("The grant went to the KLNA and Ada Brook's Society last year.")
    assert "KLNA" in names
    assert "Ada Brook's Society" in names
