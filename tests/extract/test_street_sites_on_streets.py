"""A body on its street: "the Kelby Mosque Trust on Hollin Street", "the Kelby
Technical Institute on Station Road" place the body in the street
(rules/street_sites.py); "on" before a date, a subject or no street places nothing,
nor does a site of the body's, a former body or a building whose room is meant."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_OPENING = "Kelby Faith Forum\n\nKelby Faith Forum brings together faith groups in Kelby. "


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(_OPENING + text + "\n", path="page.txt"), "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "body", "street"),
    [
        ("This year the hosts included the Fenby Polish Club on Bridge Road, "
         "which took Sundays.", "Fenby Polish Club", "Bridge Road"),
        ("When its founders opened the Kelby Technical Institute on Station Road in 1894, "
         "they raised the money from subscriptions.", "Kelby Technical Institute", "Station Road"),
        ("Members range from Pennywise Stores on Albion Street to the Fenby Rotary Club.",
         "Pennywise Stores", "Albion Street"),
    ],
)  # fmt: skip
def test_a_body_named_right_before_on_a_street_is_located_there(sentence, body, street):
    assert (body, street) in _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenby Council has lent its depot on Kiln Road to the Forum.",
        "Fenby Council will decide on Kiln Road parking next month.",
        "The Fenby Rotary Club met on Monday in the church hall.",
    ],
)
def test_on_without_a_body_right_before_the_street_places_nothing(sentence):
    located = _located(sentence)
    assert ("Fenby Council", "Kiln Road") not in located
    assert not any(body == "Fenby Rotary Club" for body, _ in located)


@pytest.mark.parametrize(
    ("sentence", "body", "street"),
    [
        ("The Forum meets in the Kelby Mission hall on Quay Street.", "Kelby Mission",
         "Quay Street"),
        ("A cafe opened in the former Kelby Post Office on Dale Street.", "Kelby Post Office",
         "Dale Street"),
        ("The Forum began in the back room of the Kelby Social Club on Mill Lane.",
         "Kelby Social Club", "Mill Lane"),
    ],
)  # fmt: skip
def test_a_site_of_the_body_or_a_former_body_is_not_placed_on_the_street(sentence, body, street):
    assert (body, street) not in _located(sentence)
