"""A body on its street: "Ada Foss runs Kelby Opticians on Fenby Street" places the
body in the street (rules/street_sites.py); "on" before a date, a subject or no
street places nothing, nor does a site of the body's, a former body or a building
whose room is meant."""

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
        ("Ada Foss, who runs Kelby Opticians on Fenby Street, joins the Forum as treasurer.",
         "Kelby Opticians", "Fenby Street"),
        ("The Forum thanked the Fenby Polish Club on Tern Road, which lent its hall.",
         "Fenby Polish Club", "Tern Road"),
        ("In 1904 a group of weavers founded the Kelby Mechanics Institute on Tern Lane.",
         "Kelby Mechanics Institute", "Tern Lane"),
    ],
)  # fmt: skip
def test_an_organisation_named_right_before_on_a_street_is_located_there(sentence, body, street):
    assert (body, street) in _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenby Council has lent its depot on Tern Road to the Forum.",
        "Fenby Council will decide on Tern Road parking next month.",
        "The Fenby Rotary Club met on Monday in the church hall.",
    ],
)
def test_on_without_a_body_right_before_the_street_places_nothing(sentence):
    located = _located(sentence)
    assert ("Fenby Council", "Tern Road") not in located
    assert not any(body == "Fenby Rotary Club" for body, _ in located)


@pytest.mark.parametrize(
    ("sentence", "body", "street"),
    [
        ("The Forum meets in the Kelby Mission hall on Fenby Street.", "Kelby Mission",
         "Fenby Street"),
        ("A cafe opened in the former Kelby Post Office on Tern Road.", "Kelby Post Office",
         "Tern Road"),
        ("The Forum began in the back room of the Kelby Social Club on Fenby Lane.",
         "Kelby Social Club", "Fenby Lane"),
    ],
)  # fmt: skip
def test_a_site_of_the_body_or_a_former_body_is_not_placed_on_the_street(sentence, body, street):
    assert (body, street) not in _located(sentence)
