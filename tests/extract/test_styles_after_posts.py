"""A style written between a post and its holder's name ("Fenby Trust Chairman
Professor Ada Brook", "Cabinet Member Councillor Tom Reed") is the holder's, not
part of the post: the post keeps its own words, so a chair stays a board seat.
Small made-up write-ups; the faults from real pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Mayor joined Fenby Trust Chairman Professor Ada Brook to present the "
            "certificates.",
            ("Ada Brook", "MEMBER_OF", "Fenby Trust", "chairman"),
        ),
        (
            "Kelby University Vice-Chancellor Professor Tom Reed opened the new library.",
            ("Tom Reed", "WORKS_FOR", "Kelby University", "vice-chancellor"),
        ),
        (
            "The hall was opened by Dalby Housing Trust Chair Councillor Sam Hale.",
            ("Sam Hale", "MEMBER_OF", "Dalby Housing Trust", "chair"),
        ),
    ],
)
def test_a_style_after_a_post_is_the_holders(text, row):
    assert row in posts(extract_text(text, path="page.txt"))
