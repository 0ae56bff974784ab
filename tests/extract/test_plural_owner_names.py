"""Names opened by a plural owner ("Weavers' Day 2027", "Growers' Fair"): whole, at a
sentence's start as inside one, and a cause's day or week the recogniser reads as a
date from the mark on."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _events(text: str) -> set[str]:
    return {e["name"] for e in events(extract_text(text))}


def test_a_plural_owners_day_opening_a_sentence_is_one_event():
    seed = extract_text(
        "Kelby news\n\nSpinners' Day 2027 will be held at Fenby Mill on 12 June. "
        "The day is organised by Kelby Textile Guild.\n"
    )
    assert "Spinners' Day 2027" in {e["name"] for e in events(seed)}
    assert ("Spinners' Day 2027", "Fenby Mill") in pairs(seed, "LOCATED_IN")


def test_inside_a_sentence_too():
    assert "Bakers' Day 2027" in _events(
        "Kelby news\n\nThis summer Bakers' Day 2027 takes place at Fenby Hall on 3 July.\n"
    )


def test_a_plural_owners_fair_opening_a_sentence():
    assert "Growers' Fair" in _events(
        "Kelby news\n\nGrowers' Fair will be held at Fenby Hall on 20 June 2027.\n"
    )


def test_a_plural_owner_before_lower_case_words_opens_no_name():
    names = {
        e["name"]
        for e in extract_text(
            "Kelby news\n\nMembers' views were heard at Fenby Hall on 2 May 2027.\n"
        )["entities"]
    }
    assert not any(n.startswith("Members") for n in names)


def test_a_plural_owner_before_a_place_with_no_head_word_opens_no_name():
    names = {
        e["name"]
        for e in extract_text(
            "Kelby news\n\nWalkers' Kelby is changing, said Jo Tern of Fenby Ramblers.\n"
        )["entities"]
    }
    assert "Walkers' Kelby" not in names
