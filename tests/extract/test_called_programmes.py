"""A name after "called" (or "named", "entitled") that names a programme's noun a few
words before it ("a six-week course about local democracy called Open Voices", "visiting
schemes, called ‘Tea and Talk’", "the Fenby Trust's project - called KLOVA -") is a
programme; the body the noun belongs to, or the subject of the verb that organises,
runs or sets it up ("we": the page's own body), runs it. Kinds seen on pages of three
sites; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def _types(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("sentence", "body", "programme"),
    [
        (
            "The Dalby Age Trust, together with Kelby College, recently organised a "
            "six-week course about local democracy called Open Voices and a trustee was "
            "asked to take part.",
            "Dalby Age Trust",
            "Open Voices",
        ),
        (
            "The Fenby Community Trust’s project - called KLOVA - aims to increase access to "
            "green activities in the town, mostly for older people.",
            "Fenby Community Trust",
            "KLOVA",
        ),
    ],
)
def test_a_programme_called_so_is_run_by_its_body(sentence, body, programme):
    seed = _seed(f"Kelby news\n{sentence}\n")
    assert _types(seed, programme) == {"Project"}
    assert (body, programme) in pairs(seed, "RUNS")


def test_schemes_we_set_up_called_so_are_the_page_bodys():
    seed = _seed(
        "---\nurl: https://westshirelives.uk/news/\n---\n\n"
        "We work with parishes to help set up neighbourly visiting schemes, called ‘Tea and Talk "
        "Visiting’, and we also run volunteer training.\n"
        "Ada Brook, director of Westshire Lives, said the grant was welcome.\n"
    )
    assert _types(seed, "Tea and Talk Visiting") == {"Project"}
    assert ("Westshire Lives", "Tea and Talk Visiting") in pairs(seed, "RUNS")


def test_a_person_called_so_after_a_project_job_is_no_programme():
    seed = _seed("Kelby news\nThe trust hired a project manager called Ada Brook last year.\n")
    assert "Project" not in _types(seed, "Ada Brook")


def test_a_body_typed_only_later_runs_its_possessive_programme():
    """ "Turn Wellbeing's Home Visits project": the owner's name says nothing of a body
    where it stands (a verb opens it); the page types it further on."""
    seed = _seed(
        "Kelby news\nFurther talks were given by the Fenby Walking Project, Turn "
        "Wellbeing’s Home Visits project and the Kelby Library.\n"
        "Turn Wellbeing is a charity in Dalby.\n"
    )
    assert ("Turn Wellbeing", "Home Visits") in pairs(seed, "RUNS")
