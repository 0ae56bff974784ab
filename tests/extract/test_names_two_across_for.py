"""A name closed by a head word of its own, "for", then a body's whole name are two
names: "the Spring Lecture for Fenby Civic Society" is a lecture and a society
(mentions/two_names.two_names_across_for). A body named for a field after "for"
("Kelby Council for Voluntary Service") stays one name. Fictional names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def _found(text: str) -> set[tuple[str, str]]:
    return entities(text + "\n")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ada Foss gave the Spring Lecture for Fenby Civic Society last week.",
            ("Event", "Spring Lecture"),
            ("Organisation", "Fenby Civic Society"),
        ),
        (
            "Over 60 people came to the Anchor Learning Day for the Greater Kelby Anchor"
            " Institutions Network on Friday.",
            ("Event", "Anchor Learning Day"),
            ("Organisation", "Greater Kelby Anchor Institutions Network"),
        ),
        (
            "Jo Tern chairs the Neighbourhood Plan Steering Group for Wyke Cross Parish Council.",
            ("Organisation", "Neighbourhood Plan Steering Group"),
            ("Organisation", "Wyke Cross Parish Council"),
        ),
    ],
)
def test_a_name_for_a_body_is_two_names(text: str, first, second) -> None:
    found = _found(text)
    assert first in found
    assert second in found


def test_a_body_named_for_a_field_stays_one_name() -> None:
    found = _found("Advice came from Kelby Council for Voluntary Service.")
    assert ("Organisation", "Kelby Council for Voluntary Service") in found
