"""A known place that money goes to ("EU funding to Rutland", "a grant of £2m to
Tewkesbury"), or whose office someone holds ("Rutland's Police and Crime
Commissioner"), stays a place: the words that make a name receiving a grant or
holding a post a body (mentions/context_votes.py, run_words.py) do not make a town
one. Real places only from the gazetteer; fictional bodies."""

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


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Ada Brook, Rutland's Police and Crime Commissioner, heard the concerns of local "
         "people yesterday.", "Rutland"),
        ("Ada Brook, Tewkesbury's Director of Public Health, said the figures were good.",
         "Tewkesbury"),
    ],
)  # fmt: skip
def test_a_known_place_whose_office_someone_holds_is_a_place(sentence, place):
    types = types_of(f"Health update\n\n{sentence}\n")
    assert types.get(place) == "Place"
    assert not [n for n, t in types.items() if t == "Organisation" and n.startswith(place)]


def test_a_body_whose_post_someone_holds_is_still_a_body():
    seed = "Health update\n\nAda Brook, Kelby Trust's Director of Public Health, said so.\n"
    assert types_of(seed).get("Kelby Trust") == "Organisation"
