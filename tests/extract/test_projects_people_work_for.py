"""A name headed "Project" that someone is "from" or "of" (after "the") is where
they work, a body ("Jane Doe from the Kelby Youth Project"), as it is without the
article; not after "at" ("Jane Doe at the Kelby Summit": where she was).
mentions/work_votes.py. A name whose staff or trustees are named ("staff from the
Fenby Elders Project", "the trustees of the ...") is a body too (vocab/body_slots.txt).
Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(sentence: str) -> dict:
    return extract_text(f"# News\n\n{sentence}\n")


def _typed(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    "sentence",
    [
        "In our latest story, Jane Doe from the Kelby Youth Project describes bidding "
        "for contracts.",
        "In our latest story, Jane Doe of the Kelby Youth Project describes bidding for contracts.",
    ],
)
def test_someone_from_the_project_works_for_a_body(sentence):
    seed = _seed(sentence)
    assert _typed(seed, "Kelby Youth Project") == {"Organisation"}
    assert ("Jane Doe", "Kelby Youth Project") in pairs(seed, "WORKS_FOR")


def test_someone_at_the_event_does_not_work_for_it():
    seed = _seed("Jane Doe at the Kelby Summit 2024 with guests.")
    assert "Organisation" not in _typed(seed, "Kelby Summit 2024")
    assert not pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff from the Fenby Elders Project cooked lunch for the guests.",
        "The trustees of the Fenby Elders Project met in May.",
    ],
)
def test_a_project_with_staff_or_trustees_is_a_body(sentence):
    assert _typed(_seed(sentence), "Fenby Elders Project") == {"Organisation"}


def test_a_programme_without_them_stays_a_project():
    seed = _seed("Older people in Kelby can join the Fenby Elders Project this spring.")
    assert "Organisation" not in _typed(seed, "Fenby Elders Project")
