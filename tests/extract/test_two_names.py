"""Two names across "and" that the recogniser reads as one (`mentions/two_names`):
a place said on both sides, a head word and "of" on both sides, or a whole name on
each side; and bodies whose one name runs across "and", which stay whole."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _names(text: str) -> set[str]:
    return {e["name"] for e in extract_text(text + "\n")["entities"]}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The University of Dalby and Dalby Young Carers have written a joint study.",
            "University of Dalby",
            "Dalby Young Carers",
        ),
        (
            "Its first members were Kelby City Council, the University of Fenby and "
            "Fenby Community Action.",
            "University of Fenby",
            "Fenby Community Action",
        ),
        (
            "The hub brings together staff from the university's Faculty of Law and "
            "School of Music with two charities.",
            "Faculty of Law",
            "School of Music",
        ),
        (
            "Category prizes were backed by Quaymoor Pets and Orby Vale College.",
            "Quaymoor Pets",
            "Orby Vale College",
        ),
        (
            "Two land trusts, Marlow Homes for Locals and March Fen Community Land Trust, "
            "will receive grants.",
            "Marlow Homes for Locals",
            "March Fen Community Land Trust",
        ),
    ],
)
def test_two_bodies_across_and_are_two(text, first, second):
    names = _names(text)
    assert first in names
    assert second in names
    assert not any(" and " in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The grant went to Kelby Sports and Social Club last year.",
            "Kelby Sports and Social Club",
        ),
        (
            "Jo Tern chairs the Kelby Health and Wellbeing Board.",
            "Kelby Health and Wellbeing Board",
        ),
        (
            "The talk was given at Dorset and Wiltshire Fire and Rescue Service.",
            "Dorset and Wiltshire Fire and Rescue Service",
        ),
        (
            "Ada Foss works for NHS Orby and Wyke Integrated Care Board.",
            "NHS Orby and Wyke Integrated Care Board",
        ),
    ],
)
def test_one_name_across_and_stays_whole(text, name):
    assert name in _names(text)
