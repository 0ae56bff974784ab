"""Capitalised phrases that are no body: a care service or a hospital's field named
as a post's field, ... Small made-up write-ups, one kind each (round 13)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def orgs(text: str) -> set[str]:
    return {name for kind, name in entities(text) if kind == "Organisation"}


# ------------------------------------------- a field of care after a post


@pytest.mark.parametrize(
    ("text", "field", "body"),
    [
        ("Tom Reed, Director of Patient Services, welcomed the guests at Orley Hospice.",
         "Patient Services", "Orley Hospice"),
        ('Sam Hill, Clinical Lead for End of Life Care, Orley CCG, said: "We are glad."',
         "End of Life Care", "Orley CCG"),
        ("Ada Brook, Head of Maternity and Early Years, Westmoor Hospital, opened the ward.",
         "Maternity and Early Years", "Westmoor Hospital"),
        ("Amy Lyle, Head of Culture and Creative Industries, Westmoor Council, spoke first.",
         "Culture and Creative Industries", "Westmoor Council"),
    ],
)  # fmt: skip
def test_a_field_of_care_after_a_post_is_no_body(text, field, body):
    found = orgs(text)
    assert field not in found
    assert body in found
