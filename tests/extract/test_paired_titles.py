"""Titles of two parallel halves split by a comma (`mentions/paired_titles`): one
project's or report's name, not two bodies; lists of fields, bodies and people
with commas stay apart."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in extract_text(text + "\n")["entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Last winter we began Cold Feet, Warm Hearts: a soup lunch and a chat.",
            "Cold Feet, Warm Hearts",
        ),
        (
            "The council gave £9,000 to Busy Hands, Quiet Minds for the coming year.",
            "Busy Hands, Quiet Minds",
        ),
        (
            "Fenby Boxing Club runs its Fists Up, Phones Down sessions in two schools.",
            "Fists Up, Phones Down",
        ),
    ],
)
def test_a_two_halved_title_is_one_name(text, name):
    names = {n for _, n in _entities(text)}
    assert name in names
    first, second = name.split(", ")
    assert first not in names and second not in names


def test_a_two_halved_report_is_a_report():
    ents = _entities(
        "Our new report Full Shelves, Empty Plates, written by Dr Ada Foss, was launched "
        "at our Winter Gathering."
    )
    assert ("Report", "Full Shelves, Empty Plates") in ents


@pytest.mark.parametrize(
    "text",
    [
        "Staff from Adult Social Care, Public Health and Housing came to the session.",
        "The talk was given by Jo Tern, Ada Foss and Bo Reed.",
        "Members include Kelby Trust, Fenby Council and Orton Homes.",
        "Sessions run on Monday Mornings, Friday Evenings at the hall.",
    ],
)
def test_comma_lists_stay_apart(text):
    assert not any(", " in n for _, n in _entities(text))
