"""A grade and its number or letter ("Grade II listed", "a Grade 1 listed
building", "Grade A listed") is no name: not a programme, nor a body
(mentions/shape.py, vocab/grade_words.txt). Made-up write-ups."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("The Victorian building, which is Grade II listed, needs a new roof.", "Grade II"),
        ("The grant will help safeguard the Grade 1 listed building for the future.", "Grade"),
        ("The chapel is a Grade II* listed building in the town centre.", "Grade II"),
        ("Fenby Hall is Grade A listed and open to visitors.", "Grade A"),
    ],
)
def test_a_listed_grade_is_no_entity(sentence, grade):
    seed = extract_text(
        "Kelby museum wins grant\n\nThe Kelby Museum has been awarded £50,000 by the "
        "Foo Trust.\n\n" + sentence + "\n"
    )
    names = {e["name"] for e in seed["entities"]}
    assert not {n for n in names if n.startswith("Grade")}, grade
    assert "Kelby Museum" in names
