"""The fields a post names after "for" ("Secretary of State for Transport,
Heritage and Rural Affairs", "Cabinet Member for Skills, Young People and
Sport") are the post's words, not a body's or a person's name, however the
post is written. Small made-up write-ups; the fault from real pages (issue 11).
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "The reception was sponsored by Ada Brook MP, former Secretary of State for "
            "Transport, Heritage and Rural Affairs.",
            "Transport, Heritage and Rural Affairs",
        ),
        (
            "The reception was sponsored by Tom Reed MP, former Secretary of State for "
            "Work, Skills and Local Government.",
            "Work, Skills and Local Government",
        ),
        (
            "Mr Reed, minister of state for Heritage and Local Government, visited Kelby "
            "Trust on Friday.",
            "Heritage and Local Government",
        ),
        (
            "Jo Dale, Cabinet Member for Schools, Young People and Families, spoke at Kelby Trust.",
            "Schools, Young People and Families",
        ),
    ],
)
def test_a_posts_fields_are_no_entity(text, fields):
    named = {name for kind, name in entities(text) if kind in {"Organisation", "Person"}}
    assert not {name for name in named if name in fields}


def test_a_body_named_after_a_post_and_a_comma_stays():
    seed = extract_text(
        "Jane Doe, Director, Westshire Heritage Trust, spoke at the Kelby forum.",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Westshire Heritage Trust" in names
    assert "Jane Doe" in names
