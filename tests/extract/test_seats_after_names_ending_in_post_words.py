"""'Kelby Sports presenters Ada Brook and Tom Reed': a body whose name ends in a
word that is also a post's ("Sports", "Health") and a post in the plural, then
the people: each holds the post at that body. Made-up write-ups, one kind of
fault from real pages."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    ("sentence", "body", "relation", "role"),
    [
        ("The evening was hosted by Kelby Sports presenters Ada Brook and Tom Reed.",
         "Kelby Sports", "WORKS_FOR", "presenter"),
        ("We were joined by Fenby Community Health trustees Ada Brook and Tom Reed.",
         "Fenby Community Health", "MEMBER_OF", "trustee"),
    ],
)  # fmt: skip
def test_people_after_a_body_and_a_plural_post_running_into_it(sentence, body, relation, role):
    seed = extract_text("Kelby news\n\n" + sentence + "\n", path="page.txt")
    found = posts(seed)
    assert ("Ada Brook", relation, body, role) in found
    assert ("Tom Reed", relation, body, role) in found
