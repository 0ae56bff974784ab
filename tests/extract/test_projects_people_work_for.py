"""A name headed "Project" that someone is "from" or "of" (after "the") is where
they work, a body ("Jane Doe from the Kelby Youth Project"), as it is without the
article; not after "at" ("Jane Doe at the Kelby Summit": where she was).
mentions/work_votes.py. A name whose staff or trustees are named ("staff from the
Fenby Elders Project", "the trustees of the ...") is a body too (vocab/body_slots.txt).
Made-up names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import news_item, pairs, types_in


@pytest.mark.parametrize(
    "sentence",
    [
        "In our latest story, Jane Doe from the Kelby Youth Project describes bidding "
        "for contracts.",
        "In our latest story, Jane Doe of the Kelby Youth Project describes bidding for contracts.",
    ],
)
def test_someone_from_the_project_works_for_a_body(sentence):
    seed = news_item(sentence)
    assert types_in(seed, "Kelby Youth Project") == {"Organisation"}
    assert ("Jane Doe", "Kelby Youth Project") in pairs(seed, "WORKS_FOR")


def test_someone_at_the_event_does_not_work_for_it():
    seed = news_item("Jane Doe at the Kelby Summit 2024 with guests.")
    assert "Organisation" not in types_in(seed, "Kelby Summit 2024")
    assert not pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff from the Fenby Elders Project cooked lunch for the guests.",
        "The trustees of the Fenby Elders Project met in May.",
    ],
)
def test_a_project_with_staff_or_trustees_is_a_body(sentence):
    assert types_in(news_item(sentence), "Fenby Elders Project") == {"Organisation"}


def test_a_programme_without_them_stays_a_project():
    seed = news_item("Older people in Kelby can join the Fenby Elders Project this spring.")
    assert "Organisation" not in types_in(seed, "Fenby Elders Project")
