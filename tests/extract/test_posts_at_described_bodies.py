"""'stand down as chair of housing provider the Kelby Trust', 'is chief executive
of homelessness charity Fenby Shelter Trust': a post, then a few lower-case
words saying what the body is, then its name: the post is held there. Made-up
write-ups, one kind of fault from real pages."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Ada Brook, who will stand down as chair of housing provider the Kelby Trust "
         "to take up the post, was delighted.",
         ("Ada Brook", "MEMBER_OF", "Kelby Trust", "chair")),
        ("Ada Brook is chief executive of homelessness charity Kelby Trust.",
         ("Ada Brook", "WORKS_FOR", "Kelby Trust", "chief executive")),
        ("Ada Brook has been appointed chair of youth charity the Kelby Trust.",
         ("Ada Brook", "MEMBER_OF", "Kelby Trust", "chair")),
    ],
)  # fmt: skip
def test_a_post_at_a_body_described_before_its_name(sentence, row):
    seed = extract_text("Kelby news\n\n" + sentence + "\n", path="page.txt")
    assert row in posts(seed)


def test_a_field_of_work_before_at_is_no_description():
    seed = extract_text("Kelby news\n\nAda Brook was head of communications at Kelby Trust.\n")
    assert {(w, k, t) for w, k, t, _ in posts(seed)} == {("Ada Brook", "WORKS_FOR", "Kelby Trust")}
