"""Where someone came to do what the page's event was: "the minister visited Kelby
to open ...", "the Princess was in Westshire to perform the opening of ...": the
event is LOCATED_IN the place (rules/place_visits.py)."""

from __future__ import annotations

import pytest

from tests.extract.reading import located


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        ("Official opening of Kelby Hospital\n\nThe Princess Royal was in Westshire to perform "
         "the official opening of Kelby Hospital. She met staff and patients.\n",
         "Official opening of Kelby Hospital", "Westshire"),
        ("Opening of the Dale Centre\n\nThe minister visited Northtown yesterday to open the new "
         "Dale Centre, run by Ashby Hope Trust. He met volunteers.\n",
         "Opening of the Dale Centre", "Northtown"),
    ],
)  # fmt: skip
def test_the_place_visited_to_hold_the_event_is_where_it_was(text, event, place):
    assert (event, place) in located(text)


def test_a_visit_with_no_purpose_places_nothing():
    text = (
        "Opening of the Dale Centre\n\nThe minister opened the new Dale Centre, run by Ashby "
        "Hope Trust. Last year he visited Northtown and Westshire.\n"
    )
    assert not {p for _, p in located(text)} & {"Northtown", "Westshire"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Dale Carers Reception 2031\n\nOn 3 May Ada Brook headed to Westshire for the Dale "
         "Carers Reception! She met many people.\n", "Dale Carers Reception 2031"),
        ("Dale Hospice Summit 2031\n\nAda Brook charts the highlights of the Ashby Hospice team "
         "trip to Westshire for the national summit all about hospice care.\n\n"
         "The summit was opened by the chair.\n", "Dale Hospice Summit 2031"),
    ],
)  # fmt: skip
def test_the_place_someone_went_to_for_the_event_is_where_it_was(text, event):
    assert (event, "Westshire") in located(text)


def test_a_journey_for_something_else_places_nothing():
    text = (
        "Dale Carers Reception 2031\n\nOn 3 May Ada Brook spoke at the Dale Carers Reception. "
        "Later she headed to Westshire for a holiday.\n"
    )
    assert not {p for _, p in located(text)} & {"Westshire"}
