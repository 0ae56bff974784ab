"""A group that regularly meets somewhere ("the choir, which meets in Y Library",
"Foo Walkers meets every Sunday at Y Hall") is LOCATED_IN it; a choir, chorus,
orchestra or band named so is a body. A single past meeting, or meeting people,
places no body."""

from __future__ import annotations

import pytest

from tests.extract.reading import located, typed


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Brindle Community Choir won a grant. The choir, which meets in Hollin Library, "
         "will buy music.", "Brindle Community Choir", "Hollin Library"),
        ("The Quenby Walkers meets every Sunday at Dudley Town Hall.",
         "Quenby Walkers", "Dudley Town Hall"),
    ],
)  # fmt: skip
def test_a_group_meets_where_it_is(text, body, place):
    assert (body, place) in located(f"News\n\n{text}\n")


@pytest.mark.parametrize(
    "text",
    [
        "The Quenby Walkers met at Dudley Town Hall on Sunday for a talk.",
        "The Quenby Walkers meets councillors at Dudley Town Hall each spring.",
    ],
)
def test_a_meeting_once_or_with_people_places_no_group(text):
    assert not any(o == "Quenby Walkers" for o, _ in located(f"News\n\n{text}\n"))


def test_a_named_band_is_a_body():
    assert "Organisation" in typed("Tunes came from Brindle Silver Band and Ada Foss.\n",
                                   "Brindle Silver Band")  # fmt: skip
