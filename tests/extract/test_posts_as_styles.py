"""A post said as a style before a name ("PC Jane Doe of Foo Police", "Imam John
Roe from Foo Mosque"): the job's role (extract/style_posts.py); a style that says no
post ("Dr", "Cllr") gives none."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The panel heard from PC Jo Tern from Fenby Police's youth team and a parent.",
            ("Jo Tern", "Fenby Police", "PC"),
        ),
        (
            "Guests at the meeting included PCSO Ada Foss of Kelby Neighbourhood Policing Team.",
            ("Ada Foss", "Kelby Neighbourhood Policing Team", "PCSO"),
        ),
        (
            "Sam Lee (Fenby Mosque) and Pastor Ola Brisk (Kelby Gospel Church) led the prayers.",
            ("Ola Brisk", "Kelby Gospel Church", "Pastor"),
        ),
        (
            "The talk was given by Matron Rita Vale of Fenby General Hospital.",
            ("Rita Vale", "Fenby General Hospital", "Matron"),
        ),
    ],
)
def test_a_style_that_is_a_post_is_the_role(text, row):
    assert row in with_roles(extract_text(text), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Dr Ada Foss of Kelby University gave the first talk.", "Ada Foss", "Kelby University"),
        ("The chair welcomed Jo Tern of Fenby Food Bank.", "Jo Tern", "Fenby Food Bank"),
    ],
)
def test_a_style_that_is_no_post_gives_no_role(text, person, body):
    assert (person, body, None) in with_roles(extract_text(text), "WORKS_FOR")
