"""A job a rule reads with no post ("is employed by Foo", "Cllr Jane Doe of Fenby
Town Council") carries the post the same sentence says beside the name, or the
councillor's seat its style says (extract/post_fill.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts


def _posts(text: str) -> set[tuple[str, str, str, str]]:
    return posts(extract_text(text, path="page.txt"))


def test_the_post_beside_the_name_is_the_post_at_the_employer():
    found = _posts(
        "Hall news\n\nThe hub's new project coordinator, Jo Tern, is employed by Kelby "
        "Housing Trust and starts in May."
    )
    assert ("Jo Tern", "WORKS_FOR", "Kelby Housing Trust", "project coordinator") in found


def test_a_councillors_style_is_the_seat_at_the_council_named():
    found = _posts(
        "Fun day\n\nCome and meet ward councillor Cllr Bo Lark of Fenby Town Council at the "
        "tea tent."
    )
    assert ("Bo Lark", "WORKS_FOR", "Fenby Town Council", "councillor") in found


def test_no_post_is_given_to_a_body_someone_came_from():
    found = _posts(
        "Staff news\n\nOur outreach manager, Kit Moss, joined us in 2022 from Fenby College."
    )
    assert not any(org == "Fenby College" and role for _, _, org, role in found)


def test_a_style_is_no_seat_at_a_body_that_is_no_council():
    found = _posts("Fun day\n\nCome and meet Cllr Bo Lark of Fenby Rotary Club at the tea tent.")
    assert not any(role == "councillor" and "Rotary" in org for _, _, org, role in found)
