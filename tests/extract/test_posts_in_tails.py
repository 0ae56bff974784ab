"""A post whose title ends in "in <word>" ("Entrepreneur in Residence", "Officer in
Charge"): the last word is the post's, not a place (issue 11: "Residence" was a
place), and the post is held where "at" says. Made-up write-ups.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts, ruled


@pytest.mark.parametrize(
    ("text", "word", "row"),
    [
        (
            "Ada Brook is the CEO of Fenby Tools Ltd, an Entrepreneur in Residence at "
            "Northtown University.",
            "Residence",
            ("Ada Brook", "WORKS_FOR", "Northtown University", "entrepreneur in residence"),
        ),
        (
            "Tom Reed, Officer in Charge at Westshire Fire Station, led the workshop.",
            "Charge",
            ("Tom Reed", "WORKS_FOR", "Westshire Fire Station", "officer in charge"),
        ),
    ],
)
def test_a_post_ending_in_in_word_is_one_post(text, word, row):
    seed = extract_text(text, path="page.txt")
    assert word not in {e["name"] for e in seed["entities"]}
    assert row in posts(ruled(seed))
