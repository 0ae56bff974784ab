"""A body named for a set pair of fields joined by "and" is one name, not two
(mentions/and_parts.py, vocab/name_field_pairs_across_and.txt): "Kelby Libraries
and Archives", "the Fenby Museum and Art Gallery". Fictional names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, news_item, pairs


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


@pytest.mark.parametrize(
    ("text", "name", "half"),
    [
        (
            "The talk was hosted by Kelby Libraries and Archives in the town.",
            "Kelby Libraries and Archives",
            "Archives",
        ),
        (
            "Ada Foss lent photographs to the Fenby Museum and Art Gallery.",
            "Fenby Museum and Art Gallery",
            "Art Gallery",
        ),
        (
            "Volunteers from the Dalby Refugee and Migrant Centre cooked lunch.",
            "Dalby Refugee and Migrant Centre",
            "Migrant Centre",
        ),
        (
            "Crews from Kelby Fire & Rescue Service fitted smoke alarms.",
            "Kelby Fire & Rescue Service",
            "Rescue Service",
        ),
    ],
)
def test_a_set_pair_of_fields_stays_one_name(text, name, half):
    names = _names(text)
    assert name in names
    assert half not in names


def test_a_post_at_the_whole_body_is_read():
    seed = news_item("Jo Tern works for Kelby Libraries and Archives.")
    assert ("Jo Tern", "Kelby Libraries and Archives") in pairs(seed, "WORKS_FOR")


def test_two_bodies_after_a_field_word_stay_two():
    names = _names("Jo Tern thanked Kelby Library and Fenby Archives Trust for the loan.")
    assert "Kelby Library and Fenby Archives Trust" not in names
