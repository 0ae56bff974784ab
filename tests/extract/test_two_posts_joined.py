"""Two posts joined by "and" before the body they are held at ("Associate
Professor and Rural Programmes Director at Fenby University") are one person's
posts there; the second post's words are no person's name. A body's name after
"and" ("Chair and Kelby Council Leader") is not read as a post. Small made-up
write-ups; the fault from real pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, posts


@pytest.mark.parametrize(
    ("text", "who", "where", "second"),
    [
        (
            "Tom Reed, Associate Professor and Rural Programmes Director at Fenby "
            "University, opened the day.",
            "Tom Reed",
            "Fenby University",
            "Rural Programmes Director",
        ),
        (
            "The new trustees include Jo Dale, Director and Communications Consultant at "
            "Kelby Arts.",
            "Jo Dale",
            "Kelby Arts",
            "Communications Consultant",
        ),
    ],
)
def test_two_posts_joined_by_and_are_held_at_the_body_after(text, who, where, second):
    found = {(a, b) for a, kind, b, role in posts(extract_text(text, path="page.txt"))}
    assert (who, where) in found
    assert ("Person", second) not in entities(text)


def test_a_body_after_and_is_not_a_second_post():
    text = "Jo Dale, Chair and Kelby Council Leader, spoke at the Fenby Forum."
    assert ("Person", "Kelby Council Leader") not in entities(text)
