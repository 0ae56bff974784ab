"""A post after the last word of a name the page gave in full ("Kelby Playhouse ...
Playhouse artistic director Jane Doe"): held at that body
(`kind_word_posts.short_name_posts`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "who", "org"),
    [
        ("Kelby Playhouse has won a grant. Playhouse artistic director Ada Foss said it "
         "was great news.\n", "Ada Foss", "Kelby Playhouse"),
        ("Marsh Lane Hospice raised £9,000 at its ball. Hospice chief executive Jo Tern "
         "thanked the guests.\n", "Jo Tern", "Marsh Lane Hospice"),
    ],
)  # fmt: skip
def test_a_post_after_a_short_name_is_held_at_the_full_name(text, who, org):
    assert (who, org) in pairs(extract_text(text), "WORKS_FOR")


def test_no_body_when_the_full_name_comes_only_later():
    text = (
        "Jo Tern said it was great. Playhouse director Ada Foss agreed. Kelby Playhouse is new.\n"
    )
    assert ("Ada Foss", "Kelby Playhouse") not in pairs(extract_text(text), "WORKS_FOR")
