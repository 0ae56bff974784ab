"""The named thing a grant is for: "- Tern Arts – £20,000 for Tidelines, a year-long
arts project", "£15,000 for a girls' boxing programme, Strong Girls Kelby" (a grants list's
line): the body granted the money RUNS it, a project (rules/granted_projects.py). Kinds seen in four
writers' grants lists; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LEAD = "The Heron Foundation has announced this year's grants.\n\n"


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def _projects(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Project"}


@pytest.mark.parametrize(
    ("text", "body", "project"),
    [
        (
            _LEAD + "- Kelby Arts Collective – £20,000 for Tidewater, a year-long community "
            "arts project in Orton\n",
            "Kelby Arts Collective",
            "Tidewater",
        ),
        (
            _LEAD + "• Fenby Theatre Company – £12,000 for “Loom Songs”, an oral history play "
            "made with former mill workers\n",
            "Fenby Theatre Company",
            "Loom Songs",
        ),
        (
            _LEAD + "- Orton Boxing Academy – £9,000 over two years for a girls' boxing "
            "programme, Strong Girls Orton\n",
            "Orton Boxing Academy",
            "Strong Girls Orton",
        ),
    ],
)
def test_the_body_granted_money_for_a_named_thing_runs_it(text, body, project) -> None:
    seed = _seed(text)
    assert (body, project) in pairs(seed, "RUNS")
    assert project in _projects(seed)


@pytest.mark.parametrize(
    "text",
    [
        # a place the money is spent on: no programme
        _LEAD + "- Kelby Youth Club – £5,000 for Orton Park, a green space in the town\n",
        # no sum before "for": thanks, not a grant
        "Kelby Arts Collective thanked volunteers for Tidewater, a year-long arts project.",
    ],
)
def test_no_running_without_a_grant_for_a_programme(text) -> None:
    runs = pairs(_seed(text), "RUNS")
    assert not {(b, p) for b, p in runs if p in {"Orton Park", "Tidewater"}}
