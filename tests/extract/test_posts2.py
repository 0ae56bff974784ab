"""Posts tied to the body a pronoun or a kind word means (round 42b, "posts, second
pass"): "staff from Foo Trust, led by their chief nurse, Jane Doe" (`rules/our_posts.py`
`its_posts`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Marsh Lane Trust walk raises funds\n\nMarsh Lane Trust held its spring walk in Orton. "


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Walking with us were nurses from Kelby General NHS Trust, led by their chief nurse, "
         "Jo Tern.", "Kelby General NHS Trust"),
        ("We hope to work more with Fenby Credit Union, and their manager Jo Tern has already "
         "met us.", "Fenby Credit Union"),
        ("Students from Orton College helped at the stalls, with the help of their tutor "
         "Jo Tern.", "Orton College"),
        ("Kelby Mind lent us a van and its project manager Jo Tern drove it.", "Kelby Mind"),
    ],
)  # fmt: skip
def test_their_post_is_at_the_body_named_before(sentence, org):
    got = pairs(extract_text(_PAGE + sentence), "WORKS_FOR")
    assert ("Jo Tern", org) in got
    assert ("Jo Tern", "Marsh Lane Trust") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # the post's holder is a list, not one name
        "Nurses from Kelby General NHS Trust came, with their volunteers, Jo Tern and Al Foss.",
        # "their" with no body named before it in the sentence
        "The walkers and their coach Jo Tern set off at nine.",
    ],
)
def test_their_near_miss_gives_no_post_at_another_body(sentence):
    got = pairs(extract_text(_PAGE + sentence), "WORKS_FOR")
    assert ("Jo Tern", "Kelby General NHS Trust") not in got
    assert ("Al Foss", "Kelby General NHS Trust") not in got


@pytest.mark.parametrize(
    ("text", "org", "other"),
    [
        ("Kelby Borough Council appoints a director\n\nKelby Borough Council has appointed "
         "Ada Foss as its director of housing. She worked before at Fenby City Council. "
         "Council chief executive Jo Tern said she was delighted.",
         "Kelby Borough Council", "Fenby City Council"),
    ],
)  # fmt: skip
def test_kind_word_post_is_at_the_body_first_named_with_the_word(text, org, other):
    got = pairs(extract_text(text), "WORKS_FOR")
    assert ("Jo Tern", org) in got
    assert ("Jo Tern", other) not in got
