"""A board post given for a span of time ("was elected Chairman for a three year
term", "appointed Chair for two years") names no body after "for": the post is
held at the page's own body, as a post given with nothing after it is; a body
after "for" is still where it is held. Small made-up write-ups; the fault from a
real page.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_PAGE = "Fenby Aid held its elections. Fenby Aid is a charity helping refugees.\n\n"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "David Callan, former secretary of the Department of Kelby, was elected Chairman "
            "for a three year term.",
            ("David Callan", "MEMBER_OF", "Fenby Aid", "chairman"),
        ),
        (
            "Tom Reeve was appointed Chair for two years.",
            ("Tom Reeve", "MEMBER_OF", "Fenby Aid", "chair"),
        ),
    ],
)
def test_a_post_for_a_term_is_at_the_pages_own_body(text, row):
    assert row in posts(extract_text(_PAGE + text, path="page.txt"))


def test_a_body_after_for_is_still_where_the_post_is_held():
    found = posts(
        extract_text(_PAGE + "Tom Reeve was appointed Chair for Kelby Homes.", path="page.txt")
    )
    assert ("Tom Reeve", "MEMBER_OF", "Kelby Homes", "chair") in found
    assert not [r for r in found if r[0] == "Tom Reeve" and r[2] == "Fenby Aid"]
