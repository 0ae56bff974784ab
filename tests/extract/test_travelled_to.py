"""Where people went for an occasion: "we travelled to Selby for the Foo Festival",
"I spent Monday in Selby at the Foo Summit" place the event (rules/travelled_to.py);
a trip with no named occasion, or to meet a body, places nothing."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text + "\n", path="page.txt"), "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "event", "place"),
    [
        ("On Friday five volunteers travelled up to Whitby for the Tarn Youth Festival 2026.",
         "Tarn Youth Festival 2026", "Whitby"),
        ("Last month we headed to Harrogate for the Kelby Climate Assembly 2025.",
         "Kelby Climate Assembly 2025", "Harrogate"),
        ("She spent Tuesday in Goole at the Fenby Housing Summit 2025 and came back full of ideas.",
         "Fenby Housing Summit 2025", "Goole"),
    ],
)  # fmt: skip
def test_the_occasion_people_went_to_a_place_for_is_there(sentence, event, place):
    assert (event, place) in _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a trip to meet a body: no occasion to place
        "Jo Tern travelled to Whitby to meet the Kelby Trust.",
        # the occasion is where the person came back from, not where they went
        "After the Tarn Youth Festival 2026 the volunteers travelled home to Whitby.",
    ],
)
def test_a_trip_with_no_occasion_after_for_places_no_event(sentence):
    assert not {p for e, p in _located(sentence) if e == "Tarn Youth Festival 2026"}
    assert ("Kelby Trust", "Whitby") not in _located(sentence)
