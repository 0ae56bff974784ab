"""Posts said with "whose" (`rules/whose_posts`): the body named before ", whose"
holds the post its holder is named after."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The club works with Fenby Health Centre, whose social prescriber Ada Foss refers "
         "patients to it.\n",
         ("Ada Foss", "WORKS_FOR", "Fenby Health Centre", "social prescriber")),
        ("We were shown round by Kelby Homes, whose chief executive is Jo Tern.\n",
         ("Jo Tern", "WORKS_FOR", "Kelby Homes", "chief executive")),
        ("We met Marsh Lane Trust, whose chair, Ada Foss, told us about the plans.\n",
         ("Ada Foss", "MEMBER_OF", "Marsh Lane Trust", "chair")),
    ],
)  # fmt: skip
def test_the_body_before_whose_holds_the_post(text, row):
    assert row in rows(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # "whose" after a person or a place: no body holds the post
        "We met Jo Tern, whose manager Ada Foss was away.\n",
        "The walk starts at Kelby Park, whose warden Ada Foss leads it.\n",
        # a post of no one named
        "We met Kelby Trust, whose chair was away, and Ada Foss.\n",
    ],
)
def test_no_post_when_whose_follows_no_body_or_names_no_holder(text):
    assert not {
        r for r in rows(extract_text(text), {"WORKS_FOR", "MEMBER_OF"}) if r[0] == "Ada Foss"
    }
