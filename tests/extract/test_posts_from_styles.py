"""A style before a person's name that is itself a post, where the page's full stop
after it cut the sentence ("Insp. Jo Tern (Kelby Police)", "Supt. Ada Foss (Fenby
Police)") or where it is a faith post ("Canon Tom Reed of St Mary's Church"): the
WORKS_FOR read from the name and the body gets the style as its role, as written
(style_posts.py, vocab/style_posts.txt, rules/affiliations.py). All names and
sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_PRESENT = (
    "Kelby Dementia Alliance – notes of the March meeting\n\n"
    "Present: Ada Foss (Kelby Mind), Insp. Jo Tern (Kelby Police), Tom Reed "
    "(Fenby District Council), Supt. Nina Shah (Fenby Police)\n"
)


@pytest.mark.parametrize(
    "row",
    [("Jo Tern", "Kelby Police", "Inspector"), ("Nina Shah", "Fenby Police", "Superintendent")],
)
def test_a_rank_cut_off_by_its_full_stop_is_still_the_post(row):
    assert row in with_roles(extract_text(_PRESENT, path="page.txt"), "WORKS_FOR")


def test_a_style_that_is_no_post_gives_no_role():
    posts = with_roles(extract_text(_PRESENT, path="page.txt"), "WORKS_FOR")
    assert ("Ada Foss", "Kelby Mind", None) in posts


def test_a_canon_is_the_post():
    text = (
        "The vigil was led by Imam Sami Noor and Canon Tom Reed of St Mary's Church, "
        "and drew over 200 people to the square.\n"
    )
    posts = with_roles(extract_text(text, path="page.txt"), "WORKS_FOR")
    assert ("Tom Reed", "St Mary's Church", "Canon") in posts
