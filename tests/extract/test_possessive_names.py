"""Names around "and" when a possessive opens the second: made-up write-ups, one
kind of fault from real pages (issue 11). "the KLNA and Ada Brook's Society"
names two bodies; "Health and Children's Services Partnership" is one name."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def names(text: str) -> set[str]:
    return {name.replace("’", "'") for _, name in entities(text)}


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Over 20 charities took part, including national bodies such as the "
            "KLNA and Ada Brook’s Society and local groups like the Northtown Foundation.",
            "Ada Brook's Society",
        ),
        (
            "The pledge was signed by Westshire360 and Carers' Support, who run "
            "the advice line in Northtown.",
            "Carers' Support",
        ),
    ],
)
def test_a_possessive_name_after_and_is_a_second_body(text, second):
    found = names(text)
    assert second in found
    assert not any(" and " in n for n in found)


@pytest.mark.parametrize(
    "name",
    ["Health and Children's Services Partnership", "Adult and Children's Services Board"],
)
def test_a_possessive_after_a_field_of_work_stays_in_one_name(name):
    assert name in names(f"The {name} met in Northtown last week.")
