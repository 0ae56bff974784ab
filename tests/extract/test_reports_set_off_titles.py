"""Unquoted report titles set off by commas beside a publication's noun are read
whole, across small words, years and one inner comma ("the report, Still Here,
Still Working, was written by ..."), not cut at the first small word or comma.
Made-up bodies and people; each case stands for a kind seen on several writers'
pages.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _reports(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Report"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The partnership's draft strategy, Kelby in Common 2026–2029, was published in May.",
            "Kelby in Common 2026–2029",
        ),
        (
            "We will publish a short paper, Towards a Fairer Fenby, in the new year.",
            "Towards a Fairer Fenby",
        ),
        (
            "The report, Still Here, Still Working, was launched at the Fenby Institute.",
            "Still Here, Still Working",
        ),
        (
            "Our report Short Days, Long Nights, was launched at the spring gathering.",
            "Short Days, Long Nights",
        ),
        (
            "After lunch, Kelby Tenants Union presented Our Block, Our Voice, a report they "
            "wrote over the winter.",
            "Our Block, Our Voice",
        ),
    ],
)
def test_a_set_off_title_is_read_whole(text, title):
    assert title in _reports(extract_text(text, path="page.txt"))


def test_the_authors_of_a_title_holding_a_comma_are_found():
    seed = extract_text(
        "Their report, Cold Rooms, Empty Plates, was written by Ada Foss of the Kelby "
        "Policy Institute.",
        path="page.txt",
    )
    assert ("Ada Foss", "Cold Rooms, Empty Plates") in pairs(seed, "AUTHORED")


def test_bodies_listed_after_a_noun_are_no_title():
    seed = extract_text(
        "The review, Kelby Foo Housing Trust, Fenby Bar Homes, was discussed by the board.",
        path="page.txt",
    )
    assert "Kelby Foo Housing Trust, Fenby Bar Homes" not in _reports(seed)


def test_a_title_opening_with_a_small_word_gives_no_cut_name():
    seed = extract_text(
        "The full report, On the Fenby Road, was published by Kelby Foo Youth Trust in February.",
        path="page.txt",
    )
    assert "Fenby Road" not in _reports(seed)
