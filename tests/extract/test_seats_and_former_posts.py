"""Posts and seats worded as pages nobody tuned on word them: former posts after
an adverb, posts owned by "the charity" or "the trust", people of an
organisation in a coordination, members listed after a group."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ravi Pellow leads Kinwell.\n\nPellow was formerly director of the Marsh Trust.\n",
        "Dr Ravi Pellow leads Kinwell.\n\nHe was previously director of the Marsh Trust.\n",
        "Dr Ravi Pellow leads Kinwell.\n\nMr Pellow was once director at the Marsh Trust.\n",
        "Dr Ravi Pellow was until recently director of the Marsh Trust.\n",
    ],
)
def test_a_former_post_after_an_adverb_of_time(text):
    assert ("Ravi Pellow", "WORKS_FOR", "Marsh Trust", "director") in posts(extract_text(text))


def test_a_former_board_seat_is_a_seat():
    seed = extract_text("Ms Nell Okafor was formerly a trustee of the Quarry Foundation.\n")
    assert ("Nell Okafor", "MEMBER_OF", "Quarry Foundation", "trustee") in posts(seed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Graham Tull, the charity's chief executive, said: “We are delighted.”",
        "The charity's chief executive, Graham Tull, said they were delighted.",
        "“We are delighted,” said Graham Tull, the organisation's chief executive.",
    ],
)
def test_a_post_at_the_charity_is_at_the_page_organisation(sentence):
    seed = extract_text(
        "Heron Family Support has been awarded £40,000 by the Orchard Fund.\n\n"
        "Heron Family Support will train volunteers in Selby.\n\n" + sentence + "\n"
    )
    assert ("Graham Tull", "WORKS_FOR", "Heron Family Support", "chief executive") in posts(seed)
    assert not any(t == "Orchard Fund" for w, _, t, _ in posts(seed) if w == "Graham Tull")


def test_the_trusts_post_is_at_the_trust_last_named():
    seed = extract_text(
        "Mrs Ana Kovac joins Heron Care from Foxley Community NHS Trust, where she has "
        "been the trust's chairman since 2015.\n\n"
        "Mrs Kovac was before that the hospice's director of care at Birch Hospice.\n"
    )
    found = posts(seed)
    assert ("Ana Kovac", "MEMBER_OF", "Foxley Community NHS Trust", "chairman") in found


def test_a_post_held_at_a_body_named_with_a_possessive():
    seed = extract_text(
        "Mrs Ana Kovac joins Heron Care. She is currently Foxley Trust's vice-chair.\n"
    )
    assert ("Ana Kovac", "MEMBER_OF", "Foxley Trust", "vice-chair") in posts(seed)
