"""Names of everyday words written across "in", "for" or "on" ("Transport for
Northam", "Kelby Men in Sheds", "Pantry on the Parade") are one name; a body, a
venue or a person followed by "in" and a place are two (`mentions/worded_names.py`)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def named(text: str) -> set[str]:
    return {name for _, name in entities(text)}


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "The new hub was funded by Transport for Wexmoor and the Ardley Trust.",
            "Transport for Wexmoor",
        ),
        ("Volunteers from Scouts in Holmbridge served teas all afternoon.", "Scouts in Holmbridge"),
        (
            "On Saturday, Tarnby Men in Sheds built the planters for the garden.",
            "Tarnby Men in Sheds",
        ),
        ("The gardens were planted by Hexley in Bloom last spring.", "Hexley in Bloom"),
        ("A grant from Wheels for Everyone paid for two adapted bikes.", "Wheels for Everyone"),
        ("Lunch was served by Pantry on the Green, a community cafe.", "Pantry on the Green"),
        ("The choir sang with Voices for Change at the end of the evening.", "Voices for Change"),
    ],
)
def test_name_across_small_word_is_one(sentence: str, name: str) -> None:
    text = f"Community day in Ardley\n\n{sentence} Around 200 people came along."
    found = named(text)
    assert name in found, found
    tail = name.split()[-1]
    assert tail not in found  # the last word is no name of its own


@pytest.mark.parametrize(
    "sentence, parts",
    [
        # a body with its own head word, then the place it is in
        ("The Ardley Trust in Wexmoor funded the event.", {"Ardley Trust", "Wexmoor"}),
        # a venue's name of two words, then the town
        ("The clinic moved to Riverside Surgery in Hexley last year.", {"Riverside Surgery"}),
        # a person, then a place
        ("Local artist Ines Rowe in Tarnby painted the mural.", {"Ines Rowe"}),
        # a post, not a body
        ("The Portfolio Holder for Communities, Cllr Ada Foss, opened the day.", {"Ada Foss"}),
    ],
)
def test_two_names_stay_two(sentence: str, parts: set[str]) -> None:
    text = f"Community day in Ardley\n\n{sentence} Around 200 people came along."
    found = named(text)
    assert parts <= found, found
    assert not any(" in " in n or " for " in n for n in found), found


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The cafe was set up with a grant from Power to Grow last year.", "Power to Grow"),
        ("Referrals now come from Pathways to Work, a local charity.", "Pathways to Work"),
    ],
)
def test_name_across_to_is_one(sentence: str, name: str) -> None:
    text = f"Community day in Ardley\n\n{sentence} Around 200 people came along."
    assert name in named(text)


def test_places_across_to_stay_two() -> None:
    text = (
        "Community day in Ardley\n\n"
        "The walk went from Ripon to Ilkley along the canal, and Ada Foss led it. "
        "Around 200 people came along."
    )
    found = named(text)
    assert not any(" to " in n for n in found), found
