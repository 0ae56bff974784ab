"""A body's building named for its street ("our Mill Lane premises", "the Foo
Trust's Alder Road base", "the Fenby Street shop"): the street is a place of the
page, not a word qualifying the building, and the body owning it is in it."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, located


@pytest.mark.parametrize(
    ("text", "owner", "street"),
    [
        (
            "Pat Lowe has volunteered at the Ashby Hospice's Tern Street shop for ten years.",
            "Ashby Hospice",
            "Tern Street",
        ),
        (
            "About forty guests gathered at the Kelby Youth Trust's Alder Road building "
            "for the evening.",
            "Kelby Youth Trust",
            "Alder Road",
        ),
    ],
)
def test_owner_of_a_street_building_is_on_the_street(text, owner, street):
    assert ("Place", street) in entities(text + "\n")
    assert (owner, street) in located(text + "\n")


def test_street_before_a_building_noun_is_a_place():
    text = "Sessions for older people run at our Beck Lane premises every Tuesday.\n"
    assert ("Place", "Beck Lane") in entities(text)
