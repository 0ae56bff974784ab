"""A known place that money goes to ("EU funding to Rutland", "a grant of £2m to
Tewkesbury") stays a place: the words that make a name receiving a grant a body
(mentions/context_votes.py) do not make a town one. Real places only from the
gazetteer; fictional bodies."""

from __future__ import annotations

import pytest

from tests.extract.reading import types_of


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Members worry about the continuity of EU funding to Rutland post Brexit.", "Rutland"),
        ("The government has promised a grant of £2m to Tewkesbury for flood defences.",
         "Tewkesbury"),
    ],
)  # fmt: skip
def test_a_known_place_given_money_is_a_place(sentence, place):
    text = f"Ashby Voluntary Forum survey\n\nAshby Voluntary Forum ran a survey. {sentence}\n"
    assert types_of(text).get(place) == "Place"


def test_a_body_given_money_is_still_a_body():
    text = "Ashby Voluntary Forum survey\n\nA grant of £2,000 to Kelby Play Club will help.\n"
    assert types_of(text).get("Kelby Play Club") == "Organisation"
