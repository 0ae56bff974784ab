"""A coined name of two everyday words across "and" ("Tea and Talk", "Lunch and
Learn", "Cuppa and Chat": drop-ins, courses and groups) is one name, not two lone
words; places, people and bodies either side of "and" stay apart
(mentions/coined_pairs.py). Kinds seen in four writers' pages; made-up names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _names(text: str) -> set[str]:
    return {e["name"] for e in extract_text(text, path="page.txt")["entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kelby Good Neighbours and Fenby Family Trust will together run Coffee and "
            "Conversation, a weekly drop-in at Orton Hall.",
            "Coffee and Conversation",
        ),
        ("Fenby Mind will run Walk and Talk, a weekly group at Orton Park.", "Walk and Talk"),
    ],
)
def test_two_everyday_words_across_and_are_one_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not {w for w in name.split(" and ")} & names


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Members met in Tarleigh and Fenby last week.", {"Tarleigh", "Fenby"}),
        (
            "Jo Tern thanked Kelby Trust and Fenby Trust for their help.",
            {"Kelby Trust", "Fenby Trust"},
        ),
    ],
)
def test_places_and_bodies_across_and_stay_apart(text: str, apart: set[str]) -> None:
    assert apart <= _names(text)
