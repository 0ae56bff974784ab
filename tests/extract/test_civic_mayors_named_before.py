"""A mayor whose place is written before the post ("Kelby's Lord Mayor, Cllr Jo
Tern", "the Kelby Mayor, Cllr Jo Tern"), or after it past the name ("Cllr Jo Tern,
the Lord Mayor of Kelby,") or whose post is a town's ("the Town
Mayor, Cllr Ada Foss"): the mayor works for the place's council the page names,
with the post as the role. A body named before the post is no place and keeps its
reading. All names and sentences made up (rules/civic_posts.py,
rules/councillor_titles.py, rules/appositives.py, vocab/place_post_bodies.txt)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("Kelby's Lord Mayor, Cllr Jo Tern, opened the garden.", "Lord Mayor"),
        ("Kelby's mayor, Cllr Jo Tern, opened the garden.", "Mayor"),
        ("The Kelby Mayor, Cllr Jo Tern, opened the garden.", "Mayor"),
        ("Cllr Jo Tern, the Lord Mayor of Kelby, opened the garden.", "Lord Mayor"),
    ],
)
def test_a_mayor_of_the_place_named_before_works_for_its_council(sentence, role):
    text = (
        "The new community garden on Mill Street was paid for by Kelby City Council "
        f"and planted by volunteers. {sentence}\n"
    )
    posts = with_roles(extract_text(text, path="page.txt"), "WORKS_FOR")
    assert ("Jo Tern", "Kelby City Council", role) in posts


def test_a_town_mayor_works_for_the_town_council():
    text = (
        "Fenby Town Council will hold its summer fair on the green on 5 July. At noon the "
        "Town Mayor, Cllr Ada Foss, will present the volunteer awards.\n"
    )
    posts = with_roles(extract_text(text, path="page.txt"), "WORKS_FOR")
    assert ("Ada Foss", "Fenby Town Council", "Town Mayor") in posts
