"""A body's letters that leave out the place opening its name ("LCDC" for "Kelby
City Local Community Development Committee", "CSP" for "Kelby Community Safety
Partnership") are that body, when only one body's last words fit; a post held
at the letters is held there."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts


def _seed(opening: str, line: str) -> dict:
    return extract_text(f"Kelby seminar\n\n{opening}\n\n{line}\n", path="page.txt")


def test_letters_past_the_place_are_the_body():
    seed = _seed(
        "Kelby City Local Community Development Committee hosted the seminar in Kelby.",
        "Speakers:\n\n  • Ann Bell, LCDC Chairperson\n  • Tom Gray, Tollgate Trust",
    )
    names = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert "LCDC" not in names
    body = "Kelby City Local Community Development Committee"
    assert any(w == "Ann Bell" and t == body for w, _, t, _ in posts(seed))


def test_letters_in_a_post_before_a_comma_are_the_body():
    seed = _seed(
        "Kelby Community Safety Partnership hosted the seminar in Kelby.",
        "Ann Bell, CSP Chair, opened the day.",
    )
    body = "Kelby Community Safety Partnership"
    assert any(w == "Ann Bell" and t == body for w, _, t, _ in posts(seed))


def test_letters_two_bodies_end_in_are_left_alone():
    seed = _seed(
        "Kelby Community Safety Partnership and Fenby Community Safety Partnership "
        "held the seminar in Kelby.",
        "Ann Bell, CSP Chair, opened the day.",
    )
    bodies = {"Kelby Community Safety Partnership", "Fenby Community Safety Partnership"}
    assert not any(w == "Ann Bell" and t in bodies for w, _, t, _ in posts(seed))
