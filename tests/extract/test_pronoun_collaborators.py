""" "He was an adviser to A and worked closely with B": the pronoun the joined verb
hangs from is who worked with B, not the name nearest before the verb
(rules/collaboration.py). All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_OPENING = (
    "# News\n\nTom Reed is to retire as chief executive of the Kelby Council for Voluntary "
    "Service. "
)


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("He was an expert adviser to the Fenby Commission on public service reform and "
         "worked closely with the Westshire Government at all levels.", "Westshire Government"),
        ("He sat on the board of Dalby Housing Trust and has worked with Northtown Council "
         "for many years.", "Northtown Council"),
    ],
)  # fmt: skip
def test_the_pronoun_subject_worked_with_them(sentence, partner):
    seed = extract_text(_OPENING + sentence + "\n", path="page.txt")
    found = pairs(seed, "COLLABORATES_WITH") | pairs(seed, "PARTNER_OF")
    assert ("Tom Reed", partner) in found
    assert not any(partner in pair and "Tom Reed" not in pair for pair in found)
