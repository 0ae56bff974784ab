"""Posts with "Professor" as their first word ("Professor of Health and Social
Care at Fenby University", "Emeritus Professor of Zoology at the University of
Fenby") are posts held at the body named after "at", not a style before a
name; and a body a post is held at ("Visiting Professor at Dalby College and a
trustee of Bar") is not the one holding the seat said next. Small made-up
write-ups; the faults from real pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, posts


@pytest.mark.parametrize(
    ("text", "who", "where"),
    [
        (
            "Ada Brook, Professor of Health and Social Care at Fenby University, spoke "
            "about care homes.",
            "Ada Brook",
            "Fenby University",
        ),
        (
            "The talk was given by Tom Reed, Professor of Rural Economy at Kelby University.",
            "Tom Reed",
            "Kelby University",
        ),
        (
            "Ada Brook is Emeritus Professor of Zoology at the University of Fenby.",
            "Ada Brook",
            "University of Fenby",
        ),
    ],
)
def test_a_professors_post_is_held_at_the_body_after_at(text, who, where):
    found = {(a, b) for a, kind, b, role in posts(extract_text(text, path="page.txt"))}
    assert (who, where) in found


def test_a_field_after_professor_of_is_no_body():
    text = "Tom Reed is Professor of Neurobiology at the University of Fenby."
    assert ("Organisation", "Neurobiology") not in entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brook is Visiting Professor at Dalby College and a trustee of the Westshire Trust.",
        "Ada Brook, Visiting Professor at Dalby College and a trustee of the Westshire Trust, "
        "opened the day.",
    ],
)
def test_the_body_a_post_is_held_at_holds_no_seat_said_next(text):
    found = {(a, kind, b) for a, kind, b, role in posts(extract_text(text, path="page.txt"))}
    assert ("Ada Brook", "MEMBER_OF", "Westshire Trust") in found
    assert ("Dalby College", "MEMBER_OF", "Westshire Trust") not in found


def test_a_lone_acronym_after_of_is_the_body_before_at_the():
    text = (
        "Associate Professor Tom Reed, Co-director of KTU at the University of Fenby, "
        'said: "We are delighted."'
    )
    found = {(a, b) for a, kind, b, role in posts(extract_text(text, path="page.txt"))}
    assert ("Tom Reed", "KTU") in found
