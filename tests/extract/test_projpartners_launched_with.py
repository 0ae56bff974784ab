"""A project started, launched or led "with" bodies has them as partners
(rules/project_with.py, verbs of vocab/project_with_verbs.txt). Fictional bodies,
wordings of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import partners_in, with_roles


def _partners(text: str, project: str) -> set[str]:
    seed = extract_text("Kelby Trust news\n\n" + text + "\n")
    return partners_in(seed, project)


@pytest.mark.parametrize(
    "sentence",
    [
        "This spring we launched Paths to Kelby with Fenby College and the Marlow Skills Hub.",
        "She spoke about our new Paths to Kelby course, launched in May with Fenby College "
        "and the Marlow Skills Hub.",
        "Ada Foss remembers the Paths to Kelby project, which she led with Fenby College "
        "and the Marlow Skills Hub in 2019.",
        "Jo Tern will lead our Paths to Kelby project with Fenby College and the "
        "Marlow Skills Hub.",
    ],
)
def test_a_project_launched_or_led_with_bodies_has_them_as_partners(sentence):
    assert _partners(sentence, "Paths to Kelby") == {"Fenby College", "Marlow Skills Hub"}


def test_a_launch_or_start_with_no_project_makes_no_partner():
    text = (
        "The Kelby Trust launched its annual report with Fenby Council at a reception. "
        "The conference started with a welcome from the Marlow Skills Hub."
    )
    seed = extract_text("Kelby Trust news\n\n" + text + "\n")
    assert not {r for r in with_roles(seed, "PARTICIPATED_IN") if r[2] == "partner"}


def test_a_project_led_by_one_body_with_another_has_no_partner():
    text = (
        "Warm Homes Kelby is part of the Winter Ready Kelby initiative, which is led by "
        "the Fenby Council with Kelby Citizens Advice."
    )
    assert "Kelby Citizens Advice" not in _partners(text, "Winter Ready Kelby")
