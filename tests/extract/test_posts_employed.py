"""Employers said with "employed by", "seconded from" and "works ... at" (the
`worked_at` cues of `patterns/employment.jsonl`, read by `rules/posts.appointments`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


@pytest.mark.parametrize(
    ("text", "who", "org"),
    [
        ("Its coordinator, Jo Tern, is employed by Kelby Council for Voluntary Service.\n",
         "Jo Tern", "Kelby Council for Voluntary Service"),
        ("Ada Foss was employed by Fenby Housing Trust before she retired.\n",
         "Ada Foss", "Fenby Housing Trust"),
        ("The hub's manager, Ada Foss, has been seconded from Marsh Lane Homes.\n",
         "Ada Foss", "Marsh Lane Homes"),
        ("Jo Tern, who works weekends at Kelby Trust, set up the stall.\n",
         "Jo Tern", "Kelby Trust"),
        ("Ada Foss, who works in the kitchen at Fenby Trust, cooked for 60 people.\n",
         "Ada Foss", "Fenby Trust"),
    ],
)  # fmt: skip
def test_the_body_that_employs_a_person(text, who, org):
    assert (who, org) in pairs(extract_text(text), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "who", "org"),
    [
        # working with a body, or with people at one, is no job there
        ("Jo Tern works closely with staff at Kelby Trust.\n", "Jo Tern", "Kelby Trust"),
        ("Ada Foss works with families at Fenby Trust.\n", "Ada Foss", "Fenby Trust"),
        ("Jo Tern works alongside volunteers at Kelby Trust.\n", "Jo Tern", "Kelby Trust"),
    ],
)
def test_no_employer_from_work_with_others(text, who, org):
    assert (who, org) not in pairs(extract_text(text), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Dr Ada Foss is a marine ecologist at the University of Kelby.\n",
         ("Ada Foss", "University of Kelby", "Marine Ecologist")),
        ("Jo Tern is a chartered accountant at Foss Tern LLP.\n",
         ("Jo Tern", "Foss Tern LLP", "Chartered Accountant")),
        ("The ward is run by matron Ada Foss of Kelby General Hospital.\n",
         ("Ada Foss", "Kelby General Hospital", "Matron")),
    ],
)  # fmt: skip
def test_a_title_with_a_describing_word_or_a_profession_is_a_post(text, row):
    assert row in with_roles(extract_text(text), "WORKS_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "Jo Tern is a great friend of Kelby Trust.\n",
        "Ada Foss is a big fan of Kelby Trust.\n",
        "Jo Tern is a keen supporter of Kelby Trust.\n",
    ],
)
def test_a_described_friend_or_fan_holds_no_post(text):
    assert not pairs(extract_text(text), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "Kelby Dial-a-Bus has a new minibus. It also received £5,000 from the Fenby "
            'Family Trust. "It is a big day," said operations manager Jo Tern.\n',
            "Fenby Family Trust",
        ),
        (
            "The garden will be built by apprentices from Marsh Lane College. Lead gardener "
            "Ada Foss said the work starts in May.\n",
            "Marsh Lane College",
        ),
    ],
)
def test_a_post_named_alone_is_not_at_a_body_named_after_from(text, giver):
    """A body the last sentence names after "from" (a giver, where helpers come from)
    is not where a post named with no body is held (the paragraph's subject may be:
    tests/extract/test_posts_programme_cards.py)."""
    assert not [p for p in pairs(extract_text(text), "WORKS_FOR") if p[1] == giver]
