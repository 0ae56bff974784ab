"""The one a new post-holder follows, told by "in place of" or "following the
retirement (departure, resignation) of": they held the same post at the same body
(`succeeds` cues, rules/succession.py). Near misses give nothing. All names and
sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "kind", "before", "body"),
    [
        ("Ormsby Youth Trust has appointed Sam Pike as chair of its board, following the "
         "retirement of Rosa Hale, who led the board for six years.\n", "MEMBER_OF",
         "Rosa Hale", "Ormsby Youth Trust"),
        ("Kelby Arts Trust has appointed Ella Moss as its new chief executive, following "
         "the departure of Tom Reed.\n", "WORKS_FOR", "Tom Reed", "Kelby Arts Trust"),
        ("Ormsby Food Trust has appointed Jo Tern as chair of its board in place of Ben "
         "Lark.\n", "MEMBER_OF", "Ben Lark", "Ormsby Food Trust"),
    ],
)  # fmt: skip
def test_the_one_followed_held_the_post(text, kind, before, body):
    assert (before, body) in pairs(extract_text("News\n\n" + text, path="page.txt"), kind)


@pytest.mark.parametrize(
    "text",
    [
        # a death is not a post left to a successor here, nor a place that is no post
        "Kelby Arts Trust has appointed Ella Moss as its new chief executive, following "
        "the death of Tom Reed.\n",
        "Ella Moss spoke at Kelby Arts Trust in place of Tom Reed, who was unwell.\n",
    ],
)
def test_no_post_followed_gives_nothing(text):
    seed = extract_text("News\n\n" + text, path="page.txt")
    assert ("Tom Reed", "Kelby Arts Trust") not in pairs(seed, "WORKS_FOR")
