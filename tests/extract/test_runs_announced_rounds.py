"""A body announcing the grants of its own fund ("Kelby Community Foundation has
announced the latest grants from the Fenby Fund", "... is pleased to announce the grants
awarded in Round 3 of the Fenby Fund"): the body RUNS the fund, a project
(rules/announced_rounds.py). Kinds seen in four writers' grant news; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, typed


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "RUNS")


@pytest.mark.parametrize(
    ("text", "body", "fund"),
    [
        (
            "Kelby Community Foundation is pleased to confirm the following grants from "
            "the Fenby Warm Homes Fund, which this year was made possible by local donors.",
            "Kelby Community Foundation",
            "Fenby Warm Homes Fund",
        ),
        (
            "Tern Valley Community Foundation is pleased to announce the grants awarded in "
            "Round 3 of the Kelby Resilience Fund.",
            "Tern Valley Community Foundation",
            "Kelby Resilience Fund",
        ),
        (
            "Fenby District Council has announced the 27 community groups that will share "
            "£40,000 from this year's Kelby Chest grants programme.",
            "Fenby District Council",
            "Kelby Chest",
        ),
    ],
)
def test_announcer_runs_its_fund(text: str, body: str, fund: str) -> None:
    assert (body, fund) in _runs(text)


def test_announced_fund_is_a_project() -> None:
    text = (
        "Kelby Community Foundation is pleased to confirm the following grants from the "
        "Fenby Warm Homes Fund."
    )
    assert "Project" in typed(text, "Fenby Warm Homes Fund")


def test_no_run_without_grants_from_it() -> None:
    text = "Kelby Trust has announced that it received £5,000 from the Fenby Fund."
    assert not {r for r in _runs(text) if r[0] == "Kelby Trust"}
