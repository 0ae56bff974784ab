"""People who joined a body's board, told after a lead-in clause ("We are pleased to
announce that Ada Foss, Sam Reed and Jo Tern have joined the board of trustees of
the Kelby Arts Centre"): the people named before "have joined" hold the seat,
not the "we" the sentence opens with (rules/membership.py). All names and
sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "Annual review of Kelby Arts Centre\n\nKelby Arts Centre runs a theatre in Kelby. "
    "Kelby Arts Centre had a busy year.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are very pleased to announce that Ada Foss, Sam Reed and Jo Tern have joined "
        "the board of trustees of the Kelby Arts Centre.",
        "We can announce that Ada Foss, Sam Reed and Jo Tern have joined the board of "
        "Kelby Arts Centre.",
    ],
)
def test_the_people_who_joined_hold_the_seat(sentence):
    seed = extract_text(_PAGE + sentence + "\n", path="page.txt")
    members = pairs(seed, "MEMBER_OF")
    for person in ("Ada Foss", "Sam Reed", "Jo Tern"):
        assert (person, "Kelby Arts Centre") in members


def test_a_body_named_before_the_person_is_not_the_one_who_joined():
    seed = extract_text(
        "Kelby news\n\nFormer Fenby Borough Council chief executive Ada Foss has joined the "
        "board of the Kelby Community Foundation as a trustee.\n",
        path="page.txt",
    )
    members = pairs(seed, "MEMBER_OF")
    assert ("Fenby Borough Council", "Kelby Community Foundation") not in members
