"""A body's name of two words or more, written on the page with a place after it
once ("Kelby Care Central Much Wenlock") and without it elsewhere ("Kelby Care"):
one body, the long name."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_PAGE = (
    "New chair for Kelby Care\n\n"
    "Incoming Chair of Trustees Ada Brook explains the thrill of leading Kelby Care Central "
    "Much Wenlock (KCCW).\n\n"
    "Kelby Care, the charity committed to combating loneliness, has announced its new Chair "
    "of Trustees.\n\n"
    "Ada Brook paid tribute to outgoing Chair Tom Reed and departing trustees Nia Penn and "
    "Sam Hale.\n"
)


def test_the_short_name_is_the_body_named_with_its_place():
    seed = extract_text(_PAGE)
    names = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert "Kelby Care" not in names
    held = {(w, org) for w, _, org, _ in posts(seed)}
    assert ("Nia Penn", "Kelby Care Central Much Wenlock") in held
    assert ("Tom Reed", "Kelby Care Central Much Wenlock") in held
