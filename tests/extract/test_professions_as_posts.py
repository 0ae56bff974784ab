"""A profession named as a post at a body ("KHT Consultant Cardiologist, Professor
Ada Brook", "KAVH solicitor Ada Brook", "Laboratory Scientist Apprentice at Fenby
Labs": vocab/role_core.txt) is a post held there; practised with no body ("practised
as a solicitor") it names no employer. Small made-up write-ups; the faults from real
pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


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
            "As KAVH solicitor Ada Brook explains in her article, village halls must follow "
            "the law. KAVH is the Kelby Association of Village Halls.",
            "Ada Brook",
            "Kelby Association of Village Halls",
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
