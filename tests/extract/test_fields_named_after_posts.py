"""A post's field of work in capitals after "of"/"for" ("Director of Money Advice",
"Cabinet Member for Parks and Assets") is the post's, no body: no organisation of
that name, and the post is held where the page names the body
(mentions/named_fields.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


def _read(text: str) -> tuple[set[str], set[tuple[str, str, str, str]]]:
    seed = extract_text("Team news\n\n" + text, path="page.txt")
    orgs = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    return orgs, posts(seed)


@pytest.mark.parametrize(
    ("text", "field", "body", "role"),
    [
        (
            "Kit Moss (Head of Housing Options, Fenby District Council) led the first workshop.",
            "Housing Options",
            "Fenby District Council",
            "head of housing options",
        ),
        (
            '"We are here for the long run," says Kit Moss, Kelby Homes\' Head of Community '
            'Development. "We are a landlord."',
            "Community Development",
            "Kelby Homes",
            "head of community development",
        ),
        (
            "Fenby Borough Council gave £5,000. Cllr Kit Moss, Cabinet Member for Parks and "
            'Assets, said: "The club has earned it."',
            "Parks",
            "Fenby Borough Council",
            "cabinet member for parks and assets",
        ),
    ],
)
def test_a_posts_field_is_no_body_and_the_post_is_held_at_the_body_named(text, field, body, role):
    orgs, found = _read(text)
    assert field not in orgs
    assert ("Kit Moss", "WORKS_FOR", body, role) in found


def test_a_field_of_money_advice_is_no_body():
    orgs, found = _read(
        "Fenby Advice Centre will merge with Kelby Citizens Advice. The centre's manager, "
        "Kit Moss, will become its Director of Money Advice."
    )
    assert "Money Advice" not in orgs
    assert not any(org == "Money Advice" for _, _, org, _ in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body's name after "of": a head word, a place, an acronym
        ("Kit Moss, Director of Fenby Arts Trust, opened the show.", "Fenby Arts Trust"),
        ("Kit Moss, Head of Kelby Youth Action, opened the show.", "Kelby Youth Action"),
        ("Kit Moss, Director of KTU, opened the show.", "KTU"),
    ],
)
def test_a_body_named_after_a_post_stays_a_body(text, body):
    orgs, _ = _read(text)
    assert body in orgs
