"""A post appointed to with no successor named, "to succeed" someone ("Foo has
appointed a new Chair to succeed Jane Doe"): the person succeeded held that post, at
the body that appoints; a post sought for no body the page says is left."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_KINDS = {"MEMBER_OF", "WORKS_FOR"}


@pytest.mark.parametrize(
    "sentence, kind, role",
    [
        (
            "Kelby Hospice has appointed a new Chair to succeed Ada Brook, who is stepping "
            "down this month after six years.",
            "MEMBER_OF",
            "chair",
        ),
        (
            "Kelby Hospice has appointed a new chief executive to replace Ada Brook.",
            "WORKS_FOR",
            "chief executive",
        ),
    ],
)
def test_the_person_succeeded_held_the_post(sentence, kind, role):
    found = rows(extract_text(sentence + "\n", path="page.txt"), _KINDS)
    assert ("Ada Brook", kind, "Kelby Hospice", role) in found


def test_a_post_sought_at_no_body_is_left():
    seed = extract_text("The group is looking for a new treasurer to replace Ada Brook.\n")
    assert not any(who == "Ada Brook" for who, *_ in rows(seed, _KINDS))
