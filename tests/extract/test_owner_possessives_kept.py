"""Names with an owner's possessive inside: a family business named by a surname
the recogniser calls a person or a town ("Dunmore's Brewery", vocab/trade_heads.txt),
and a plural owner inside a longer name ("Fenby Knitters' Social Club", "the
Ropemakers' Rooms", "Kelby Lifeboatmen's Mission"); near-misses stay cut."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _names(text: str) -> set[str]:
    seed = extract_text(text, path="page.txt")
    return {e["name"] for e in seed["entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raffle prizes were given by Dunmore's Brewery in Kelby.", "Dunmore's Brewery"),
        ("Sandwiches came from Pengarrow's Bakery and the tea was free.", "Pengarrow's Bakery"),
        (
            "We are grateful to Pellow's Supermarkets for the food donations.",
            "Pellow's Supermarkets",
        ),
        (
            "Fenby Knitters' Social Club meets every Thursday in the library.",
            "Fenby Knitters' Social Club",
        ),
        ("The quiz night was held at the Ropemakers' Rooms last Friday.", "Ropemakers' Rooms"),
        (
            "Volunteers from the Kelby Lifeboatmen's Mission served hot drinks.",
            "Kelby Lifeboatmen's Mission",
        ),
    ],
)
def test_the_possessive_stays_inside_the_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # a person's name of two words before the mark: the person's own bakery
        ("Jo Tern's Bakery is closing, said Ada Foss.", "Jo Tern's Bakery"),
        # the owner is written alone elsewhere: a name of its own
        (
            "Corvan said it would help. Corvan's Brewery gave the prizes.",
            "Corvan's Brewery",
        ),
        # a plural owner before a lower-case word is no name
        ("The Fenby Walkers' views were heard at the meeting.", "Fenby Walkers' views"),
    ],
)
def test_near_misses_keep_the_owner_apart(text, cut):
    assert cut not in _names(text)


def test_a_nationality_opening_a_body_the_recogniser_reads_whole_stays():
    names = _names("Volunteers from the British Red Kite Society counted birds in Kelby.")
    assert "British Red Kite Society" in names
    assert "Red Kite Society" not in names


def test_a_nationality_before_a_persons_name_is_still_cut():
    assert "Alen Roe" in _names("The talk was given by Croat Alen Roe.")
