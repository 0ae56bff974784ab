"""A hub's name after "at" where something is done ("surgeries every Wednesday at
the Kelby Hub") is a venue, a place; after the people who work there ("an adviser
at Fenby Energy Hub", "our team at ...") it stays a body (mentions/at_venues.py).
Made-up names."""

from __future__ import annotations

import pytest

from tests.extract.reading import types_of


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Money advice\n\n"
            "Our free money advice surgeries continue every Wednesday at the Ferngate Lane "
            "Hub. Ada Foss and two volunteers have helped forty households since May.\n",
            "Ferngate Lane Hub",
        ),
        (
            "Minutes of the Kelby Tenants Forum\n\n"
            "Jo Tern offered to run a joint debt clinic with the housing group in "
            "April at Ferngate Community Hub.\n",
            "Ferngate Community Hub",
        ),
    ],
)
def test_hub_after_at_where_something_is_done_is_a_place(text: str, venue: str) -> None:
    assert types_of(text).get(venue) == "Place"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Warm homes evening\n\n"
            "Forty residents heard from Ada Foss, an energy adviser at Fenby Energy Hub, "
            "about grants for loft insulation.\n",
            "Fenby Energy Hub",
        ),
        (
            "Carers Week\n\n"
            "Over 200 carers came. Huge thanks to everyone at Kelby Carers Hub who put the "
            "day together.\n",
            "Kelby Carers Hub",
        ),
    ],
)
def test_hub_after_the_people_at_it_stays_a_body(text: str, body: str) -> None:
    assert types_of(text).get(body) == "Organisation"
