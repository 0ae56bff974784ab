"""A post written after the body it is held at, then "and" and a second post held
at a body named after it: each post at its own body."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts


def _held(text: str) -> set[tuple[str, str, str, str]]:
    return {(w, rel, org, role.lower()) for w, rel, org, role in posts(extract_text(text))}


def test_a_second_capitalised_post_is_held_at_the_body_named_after_it():
    held = _held(
        "Speakers at the reception\n\n"
        "The day featured speeches from Tom Reed, Dalby Trust Board Member and Founder of "
        "the Westshire Support Group; and Nia Penn, a GP.\n"
    )
    assert ("Tom Reed", "MEMBER_OF", "Westshire Support Group", "founder") in held
    assert not any(w == "Tom Reed" and "founder" in role and org != "Westshire Support Group"
                   for w, _, org, role in held)  # fmt: skip


def test_a_second_post_in_lower_case_is_held_at_the_body_named_after_it():
    held = _held(
        "Speakers at the reception\n\n"
        "Also present was Sam Hale, Northtown Trust Patron and senior partner at Kelby Bank.\n"
    )
    assert ("Sam Hale", "MEMBER_OF", "Northtown Trust", "patron") in held
    assert ("Sam Hale", "WORKS_FOR", "Kelby Bank", "senior partner") in held
