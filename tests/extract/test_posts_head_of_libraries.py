"""A council's service named as a field in a post before a name ("Head of Libraries
Jo Tern") is no organisation: the word is a field (`vocab/role_fields.txt`), and
the post is held at the library service the page names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_head_of_libraries_before_a_name_is_a_post_not_a_body():
    seed = _seed(
        "Kelby Libraries will open its new reading room in May.\n\n"
        "Head of Libraries Jo Tern said the room would be open every evening."
    )
    assert ("Jo Tern", "Kelby Libraries") in pairs(seed, "WORKS_FOR")
    assert types_in(seed, "Libraries") == set()
