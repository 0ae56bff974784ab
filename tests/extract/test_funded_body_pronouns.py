"""A body funded, spoken of as "it" or "the club" after the sentence that names
it ("Tern Food Hub is a charity in Kelby. It is funded by A"): A funded the body
(rules/agents.py with grant_subjects.body_pronoun); a project or event in focus
still comes first. Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "funded"),
    [
        ("Tern Food Hub is a charity in Kelby. It is funded by Heron Trust.", "Tern Food Hub"),
        (
            "Plover Youth Club opened in 1990. The club is funded by Heron Trust.",
            "Plover Youth Club",
        ),
        (
            "Tern Food Hub has started the Warm Welcome project. It is funded by Heron Trust.",
            "Warm Welcome",
        ),
    ],
)
def test_it_is_funded_by_ties_the_funder_to_what_was_last_spoken_of(text, funded):
    seed = extract_text(text + "\n", path="page.txt")
    assert ("Heron Trust", funded) in pairs(seed, "FUNDED")


def test_it_after_a_sentence_about_a_person_funds_no_body():
    seed = extract_text(
        "Jane Doe is a trustee of Tern Food Hub. It is funded by the Heron Trust.\n",
        path="page.txt",
    )
    assert ("Heron Trust", "Tern Food Hub") not in pairs(seed, "FUNDED")
