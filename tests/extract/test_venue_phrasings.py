"""Where an event was held, worded with a date before the place, a participle
opening the sentence; and where its people came from, which is not where it was
(rules/places.py, patterns/places.jsonl)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

TITLE = "# Tenant Voices Conference 2031\n\n"
EVENT = "Tenant Voices Conference 2031"


@pytest.mark.parametrize(
    "sentence",
    [
        "The conference took place on 3 May at the Grand Hotel, Leeds.",
        "The conference took place on Tuesday 3 May 2031 in Leeds.",
        "The conference was held last week in Leeds.",
        "Held in Leeds, the conference brought together 200 tenants.",
        "The Tenant Voices Conference 2031, held at the Grand Hotel in Leeds, drew 200 tenants.",
    ],
)
def test_the_event_is_where_it_was_held(sentence):
    assert (EVENT, "Leeds") in pairs(extract_text(TITLE + sentence + "\n"), "LOCATED_IN")


def test_where_the_audience_came_from_is_not_where_the_event_was():
    seed = extract_text(
        TITLE + "Tenants from across Scotland attended the conference in Glasgow.\n"
    )
    located = pairs(seed, "LOCATED_IN")
    assert (EVENT, "Glasgow") in located
    assert (EVENT, "Scotland") not in located
