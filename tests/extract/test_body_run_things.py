"""A body said to run, operate or set up a hub, a centre, a café or a clinic (a name
the finder reads as a body only by such a head word, or one a programme noun
follows) runs a project: "Ashby Voluntary Action will ... run the Fenby Volunteer
Hub" (rules/body_run_things.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _kinds(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    ("text", "runners", "thing"),
    [
        (
            "Ashby Voluntary Action will receive £90,000 to support local groups and run "
            "the Fenby Volunteer Hub.",
            ("Ashby Voluntary Action",),
            "Fenby Volunteer Hub",
        ),
        (
            "Tern Connect and Ashby Tech Trust announced they would jointly run a new "
            "Device Lab from the spring.",
            ("Tern Connect", "Ashby Tech Trust"),
            "Device Lab",
        ),
        (
            "Under the agreement the Kelby Trust will operate the Fenby Health Academy "
            "from next year.",
            ("Kelby Trust",),
            "Fenby Health Academy",
        ),
        (
            "Tern Advocacy Trust supports disabled adults across Kelby, and since 2024 we "
            "have also run the Speak Up Hub in Fenby.",
            ("Tern Advocacy Trust",),
            "Speak Up Hub",
        ),
    ],
)
def test_a_body_running_a_hub_runs_a_project(text, runners, thing):
    seed = extract_text(text, path="page.txt")
    assert _kinds(seed).get(thing) == "Project"
    for runner in runners:
        assert (runner, thing) in pairs(seed, "RUNS")


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Council runs Fenby Foodbank.",  # a body's strong head word: left a body
        "Jo Tern said the Fenby Volunteer Hub had run out of space.",  # no body runs it
        "The Fenby Volunteer Hub runs the Kelby Lunch Club.",  # the hub is the subject
    ],
)
def test_near_misses_give_no_body_running_a_hub(text):
    seed = extract_text(text, path="page.txt")
    assert ("Kelby Council", "Fenby Foodbank") not in pairs(seed, "RUNS")
    assert not any(dst == "Fenby Volunteer Hub" for _, dst in pairs(seed, "RUNS"))


def test_each_thing_a_body_runs_in_a_list_is_its_project():
    seed = extract_text(
        "Kelby Carers runs the Fenby Carers Hub and the Time Out respite service.",
        path="page.txt",
    )
    assert ("Kelby Carers", "Fenby Carers Hub") in pairs(seed, "RUNS")
    assert ("Kelby Carers", "Time Out") in pairs(seed, "RUNS")
