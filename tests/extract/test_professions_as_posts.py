"""A profession named as a post at a body ("KHT Consultant Cardiologist, Professor
Ada Brook", "FPCF solicitor Ada Brook", "Laboratory Scientist Apprentice at Fenby
Labs": vocab/role_core.txt) is a post held there; practised with no body ("practised
as a solicitor") it names no employer. Small made-up write-ups; the faults from real
pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, posts


@pytest.mark.parametrize(
    ("text", "who", "where", "role"),
    [
        (
            "Speakers were KHT Consultant Cardiologist, Professor Ada Brook; and KHT Chief "
            "Executive, Tom Reed. The Kelby Heart Trust (KHT) held the reception.",
            "Ada Brook",
            "Kelby Heart Trust",
            "consultant cardiologist",
        ),
        (
            "As FPCF solicitor Ada Brook explains in her article, parish councils must follow "
            "the law. FPCF is the Fenby Parish Councils Forum.",
            "Ada Brook",
            "Fenby Parish Councils Forum",
            "solicitor",
        ),
        (
            "Tom Reed, Laboratory Scientist Apprentice at Fenby Labs, presented the "
            "apprentice's view.",
            "Tom Reed",
            "Fenby Labs",
            "laboratory scientist apprentice",
        ),
    ],
)
def test_a_profession_held_at_a_body_is_a_post(text, who, where, role):
    assert (who, "WORKS_FOR", where, role) in posts(extract_text(text, path="page.txt"))


def test_a_profession_practised_names_no_employer():
    text = (
        "Tom Reed played football for Kelby Rovers and practised as a solicitor before "
        "joining the police."
    )
    assert not posts(extract_text(text, path="page.txt"))


@pytest.mark.parametrize(
    "text",
    [
        "Foo Trust named Jane Doe Kelby Apprentice of the Year.",
        "Jane Doe was named Apprentice of the Year by Foo Trust.",
    ],
)
def test_a_profession_in_an_award_name_is_no_post(text):
    """ "Apprentice of the Year" names an award's category (vocab/name_award_tails.txt):
    no post, and "Year" no employer."""
    assert not posts(extract_text(text, path="page.txt"))
    assert "Year" not in {name for _, name in entities(text)}
