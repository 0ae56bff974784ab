"""A post whose title closes with a word after its core ("Director General of
Health and Social Care", "a Director-General", "Secretary General":
vocab/role_closing_words.txt) is one post, held at the body named with it; the
closing word is no part of a body's name ("General of the Kelby Food
Foundation"). A "General" not right after a core word stays in the name it
is in ("Medical Director, Kelby General Hospital"). Small made-up write-ups; the
faults from real pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, posts


@pytest.mark.parametrize(
    ("text", "who", "where", "role"),
    [
        (
            "The morning began with a keynote from Ada Brook, Director General of Health "
            "and Social Care, Westshire Government. She talked about public services.",
            "Ada Brook",
            "Westshire Government",
            "Director General of Health and Social Care",
        ),
        (
            "Tom Reed, Director-General of the Kelby Food Foundation, spoke about school meals.",
            "Tom Reed",
            "Kelby Food Foundation",
            "Director-General",
        ),
        (
            "Ada Brook is Secretary General of the Dalby Union of Students.",
            "Ada Brook",
            "Dalby Union of Students",
            "Secretary General",
        ),
    ],
)
def test_a_post_closing_after_its_core_is_held_at_its_body(text, who, where, role):
    found = posts(extract_text(text, path="page.txt"))
    assert (who, "WORKS_FOR", where, role.lower()) in found
    assert not any(name.startswith(("General", "Director")) for _, name in entities(text))


def test_general_not_after_a_core_stays_in_the_name():
    doc = extract_text(
        'Ada Brook, Medical Director, Kelby General Hospital, said: "We are ready."',
        path="page.txt",
    )
    assert ("Ada Brook", "WORKS_FOR", "Kelby General Hospital", "medical director") in posts(doc)


@pytest.mark.parametrize(
    ("text", "who", "where", "role"),
    [
        (
            "Kelby General Hospital Medical Director Jane Doe spoke.",
            "Jane Doe",
            "Kelby General Hospital",
            "medical director",
        ),
        (
            "Fenby General Infirmary Finance Director Ada Brook opened the ward.",
            "Ada Brook",
            "Fenby General Infirmary",
            "finance director",
        ),
    ],
)
def test_general_with_no_core_before_it_stays_in_the_name(text, who, where, role):
    """No comma to end the name: only "General right after a core" keeps it the body's."""
    assert (who, "WORKS_FOR", where, role) in posts(extract_text(text, path="page.txt"))
