"""Running said without "run by" right after the name: a name described as a body's
programme ("Bright Lanes, a project of Orrin Youth Trust"), a body taking over the
running of a named thing, a facility taken up by its head noun ("The hub is run by
..."), and a facility a body sets up, opens or operates: the body RUNS it, typed a
project; near misses give no such tie. rules/project_of.py. Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(f"# News\n\n{text}\n")


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    ("text", "body", "named"),
    [
        (
            "Bright Lanes, a project of Orrin Youth Trust, will hold a summer camp in August.",
            "Orrin Youth Trust",
            "Bright Lanes",
        ),
        (
            "Kelby Reads is an initiative of Tern Library Trust.",
            "Tern Library Trust",
            "Kelby Reads",
        ),
        (
            "The Orrin Bus Pass, a new scheme of Fenby Combined Authority, starts in May.",
            "Fenby Combined Authority",
            "Orrin Bus Pass",
        ),
    ],
)
def test_a_name_described_as_a_bodys_programme_is_run_by_it(text, body, named):
    seed = _seed(text)
    assert (body, named) in pairs(seed, "RUNS")
    assert _types(seed).get(named) == "Project"
    assert _types(seed).get(body) == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Fenby Allotments Trust has taken over the running of the Orrin Community Garden.",
        "Fenby Allotments Trust took over the management of Orrin Community Garden last year.",
    ],
)
def test_taking_over_the_running_of_a_named_thing(text):
    seed = _seed(text)
    assert ("Fenby Allotments Trust", "Orrin Community Garden") in pairs(seed, "RUNS")
    assert _types(seed).get("Orrin Community Garden") == "Project"


def test_a_facility_taken_up_by_its_head_noun_is_run_by_the_body():
    seed = _seed(
        "Families can now drop in at the Orrin Sparrow Hub on weekdays. "
        "The hub is managed by Tern Care and offers advice on benefits."
    )
    assert ("Tern Care", "Orrin Sparrow Hub") in pairs(seed, "RUNS")
    assert _types(seed).get("Orrin Sparrow Hub") == "Project"


@pytest.mark.parametrize(
    "text",
    [
        "Tern Care set up the Kelby Sparrow Hub in 2021.",
        "Tern Care has launched a phone line for carers. The charity set up the Kelby "
        "Sparrow Hub in 2021.",
        "Tern Care operates the Kelby Sparrow Hub from a former bank.",
    ],
)
def test_a_facility_a_body_sets_up_or_operates_is_its_service(text):
    seed = _seed(text)
    assert ("Tern Care", "Kelby Sparrow Hub") in pairs(seed, "RUNS")
    assert _types(seed).get("Kelby Sparrow Hub") == "Project"


@pytest.mark.parametrize(
    ("text", "body", "named"),
    [
        # a member, a partner: not a run noun
        ("Jo Tern, a member of Kelby Trust, spoke first.", "Kelby Trust", "Jo Tern"),
        (
            "Orrin Trust, a partner of Kelby Council, hosted the day.",
            "Kelby Council",
            "Orrin Trust",
        ),
        # the subject hands the running away
        (
            "Kelby Council handed over the running of the Orrin Leisure Centre to a trust.",
            "Kelby Council",
            "Orrin Leisure Centre",
        ),
        # "set" without "up"
        ("Kelby Trust set targets for the Orrin Hub.", "Kelby Trust", "Orrin Hub"),
    ],
)
def test_near_misses_give_no_running(text, body, named):
    assert (body, named) not in pairs(_seed(text), "RUNS")


def test_a_person_opening_a_centre_does_not_run_it():
    seed = _seed("Jo Tern opened the Orrin Family Centre on Saturday.")
    assert not [pair for pair in pairs(seed, "RUNS") if pair[1] == "Orrin Family Centre"]


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Steps is one of the projects run by Fenby Youth Trust.",
        "Orrin Steps, one of three schemes delivered by Fenby Youth Trust, opens in May.",
        "Orrin Steps is coordinated by Fenby Youth Trust.",
    ],
)
def test_one_of_a_bodys_projects_and_a_name_said_to_be_run(text):
    seed = _seed(text)
    assert ("Fenby Youth Trust", "Orrin Steps") in pairs(seed, "RUNS")
    assert _types(seed).get("Orrin Steps") == "Project"


def test_a_person_named_before_run_by_mid_sentence_is_not_run():
    seed = _seed("We heard from Jo Tern, run by Fenby Youth Trust, about the camp.")
    assert ("Fenby Youth Trust", "Jo Tern") not in pairs(seed, "RUNS")
