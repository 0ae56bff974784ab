"""Places of occasions a write-up names by their kind ("the reception in Kelmouth",
"the ceremony at Alder House"): the page's event is LOCATED_IN the place."""

from __future__ import annotations

import pytest

from tests.extract.reading import located

RECEPTION = "Westshire Carers Reception 2031"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("It was a very moving day at the parliamentary reception in Kelmouth.", "Kelmouth"),
        ("Everyone enjoyed the ceremony in Dunmere despite the rain.", "Dunmere"),
    ],
)
def test_an_occasion_named_by_its_kind_is_where_the_event_was(sentence: str, place: str):
    page = (
        f"{RECEPTION}\n\nOn 3 May our members went to the {RECEPTION}.\n\n"
        f"{sentence} Lovely to meet everyone.\n"
    )
    assert (RECEPTION, place) in located(page)


def test_a_reception_given_to_an_idea_places_nothing():
    page = (
        f"{RECEPTION}\n\nOn 3 May our members went to the {RECEPTION}.\n\n"
        "The plan had a warm reception in Kelmouth. Lovely to meet everyone.\n"
    )
    assert (RECEPTION, "Kelmouth") not in located(page)
