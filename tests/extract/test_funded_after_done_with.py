"""A passive funding verb joined by "and" to an earlier verb done "with" a body
("our pilot, run with A and funded by B", "a shuttle, run jointly with A and paid
for by B"): A is who the first verb was done with, never what B funded
(rules/agents.py with passive_targets.done_with). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "First, our Cash Help pilot, run with Fenby Advice Bureau and funded by the "
        "Heron Trust, gave users a cash grant.",
        "Ward Link is a shuttle to Kelby General Hospital, run jointly with Fenby "
        "Advice Bureau and paid for by the Heron Trust.",
        "It is delivered with Fenby Advice Bureau and funded by the Heron Trust.",
    ],
)
def test_the_body_a_first_verb_was_done_with_is_not_funded(sentence):
    seed = extract_text("Kelby Food Bank news\n\n" + sentence + "\n", path="page.txt")
    assert ("Heron Trust", "Fenby Advice Bureau") not in pairs(seed, "FUNDED")


def test_what_the_first_verb_was_about_is_still_funded():
    text = (
        "Kelby Food Bank news\n\n"
        "The exhibition is the centrepiece of Kelby Stories, a two-year project run by "
        "Kelby Libraries with the Fenby Historical Society and funded by the Heron Trust.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Heron Trust", "Kelby Stories") in pairs(seed, "FUNDED")
    assert ("Heron Trust", "Fenby Historical Society") not in pairs(seed, "FUNDED")


def test_a_funder_of_a_body_named_after_with_elsewhere_is_kept():
    text = (
        "Kelby Food Bank news\n\n"
        "We share a building with Fenby Advice Bureau. Fenby Advice Bureau is funded by "
        "the Heron Trust.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Heron Trust", "Fenby Advice Bureau") in pairs(seed, "FUNDED")
