"""A building's name after a verb of running or delivering and "with" ("a warm
space run with Holy Cross Chapel", "a course delivered jointly with Fenby Family
Centre") is the body that goes by the building, working beside another: an
organisation (rules/acting_venues.py). Made-up names."""

from __future__ import annotations

import pytest

from tests.extract.reading import types_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Our year\n\n"
            "Highlights of the year included the new Thursday warm space, run with "
            "Holy Cross Chapel, and the Saturday repair cafe run by Kelby Trust.\n",
            "Holy Cross Chapel",
        ),
        (
            "Grants awarded\n\n"
            "Fenby Refugee Forum receives £5,000 towards its mentoring scheme, run jointly "
            "with Holy Cross Church.\n",
            "Holy Cross Church",
        ),
        (
            "Parenting course\n\n"
            "The eight-week course, delivered with Orton Children's Centre, starts in "
            "March. Ada Foss leads it for Kelby Trust.\n",
            "Orton Children's Centre",
        ),
    ],
)
def test_building_run_with_is_a_body(text: str, body: str) -> None:
    assert types_of(text).get(body) == "Organisation"


def test_event_held_at_the_building_stays_a_place() -> None:
    text = (
        "Spring fair\n\n"
        "The spring fair was held at Holy Cross Chapel on Saturday and raised £900 "
        "for Kelby Trust.\n"
    )
    assert types_of(text).get("Holy Cross Chapel") == "Place"
