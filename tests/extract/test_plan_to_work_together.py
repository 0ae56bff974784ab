""" "A and B plan to work together": a verb before "to" that the tagger reads as a
noun ("plan", "aim") still closes the names a sentence opens with, so the two are
read as working together. Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Tenants Association and Fenby Neighbours Group plan to work together on a new "
        "garden.",
        "Kelby Tenants Association and Fenby Neighbours Group, which represents tenants, "
        "plan to work together on a new garden.",
    ],
)
def test_names_before_plan_to_work_together(sentence):
    seed = extract_text("# News\n\n" + sentence + "\n", path="page.txt")
    found = pairs(seed, "COLLABORATES_WITH")
    assert ("Kelby Tenants Association", "Fenby Neighbours Group") in found
