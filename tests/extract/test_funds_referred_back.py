""" "The fund" before a passive verb of running or giving refers back to the fund the
section last named: "The fund is administered by Bar" (Bar RUNS it), "the fund,
provided by A and administered by B," (A FUNDED it, B RUNS it); a fund a body runs
or gives is a programme (rules/agent_ends.fund_referred_back), and a post held at it
is running it (relation_candidates.stated_relations). Made up; no corpus names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    "second",
    [
        "The fund is run by Ashby Community Trust.",
        "The fund is administered by Ashby Community Trust on behalf of local donors.",
        "This fund is managed by Ashby Community Trust.",
    ],
)
def test_the_body_running_the_fund_referred_back_runs_the_named_fund(second):
    seed = _seed(f"Grants from the Kelby Green Fund are open to groups in Kelby. {second}")
    assert _types(seed).get("Kelby Green Fund") == "Project"
    assert ("Ashby Community Trust", "Kelby Green Fund") in pairs(seed, "RUNS")


def test_the_fund_provided_by_one_and_administered_by_another():
    seed = _seed(
        "Funding from the Dalby Village Fund is available to groups within Dalby. Over the "
        "past five years the fund, provided by Fenby Wind Ltd and administered by Dalby "
        "Community Association (DCA), has paid out more than £90,000."
    )
    assert _types(seed).get("Dalby Village Fund") == "Project"
    assert ("Fenby Wind Ltd", "Dalby Village Fund") in pairs(seed, "FUNDED")
    assert ("Dalby Community Association", "Dalby Village Fund") in pairs(seed, "RUNS")


def test_the_fund_with_no_fund_named_before_refers_to_nothing():
    seed = _seed("Local groups can now apply. The fund is run by Ashby Community Trust.")
    assert pairs(seed, "RUNS") == set()


@pytest.mark.parametrize(
    "second",
    [
        "Jane Doe has said she wishes to step down as administrator of the fund.",
        "Jane Doe, administrator of the Kelby Green Fund, thanked the donors.",
    ],
)
def test_a_post_at_a_fund_run_as_a_programme_is_running_it(second):
    seed = _seed(
        "Grants from the Kelby Green Fund are open to groups in Kelby. The fund is run by "
        f"Ashby Community Trust. {second}"
    )
    assert ("Jane Doe", "Kelby Green Fund") in pairs(seed, "RUNS")
    assert ("Jane Doe", "Kelby Green Fund") not in pairs(seed, "WORKS_FOR")
