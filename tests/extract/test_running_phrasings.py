"""Running a project, worded as a partnership, a set-up, an interrupted subject,
a body's named programme, or joint work "to run" it (rules/partnership.py,
organising.py, agents.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Council, working with Alder Trust and Beacon Homes, has launched the Warm "
        "Spaces Programme.",
        "Kelby Council has set up the Warm Spaces Programme.",
        "Kelby Council, which was formed in 1974, established the Warm Spaces Programme.",
        "The Kelby Council programme called Warm Spaces helps older people.",
        "Kelby Council's new scheme, Warm Spaces, opens today.",
    ],
)
def test_the_body_that_set_up_or_names_a_programme_runs_it(sentence):
    runs = pairs(extract_text(sentence + "\n"), "RUNS")
    assert {("Kelby Council", p) for p in ("Warm Spaces Programme", "Warm Spaces")} & runs


def test_the_parties_to_a_partnership_a_project_is_run_it_and_are_partners():
    seed = extract_text(
        "The Skylark Project, a partnership between the Heron Foundation and the Quill "
        "Trust, opens to young carers today.\n"
    )
    assert {("Heron Foundation", "Skylark Project"), ("Quill Trust", "Skylark Project")} <= pairs(
        seed, "RUNS"
    )
    assert pairs(seed, "PARTNER_OF") == {("Heron Foundation", "Quill Trust")}


def test_bodies_joining_forces_to_run_a_project_run_it():
    seed = extract_text(
        "Tern Trust and the Wren Foundation have joined forces to run the Skylark Project.\n"
    )
    assert {("Tern Trust", "Skylark Project"), ("Wren Foundation", "Skylark Project")} <= pairs(
        seed, "RUNS"
    )


def test_a_funding_programme_named_after_its_funder_is_funded_by_it():
    seed = extract_text(
        "A new Comet Trust funding programme, “Small Grants for Villages”, will give "
        "grants to groups.\n"
    )
    assert ("Comet Trust", "Small Grants for Villages") in pairs(seed, "FUNDED")
    assert not pairs(seed, "RUNS")


def test_a_partnership_between_bodies_that_no_project_is_runs_nothing():
    seed = extract_text(
        "Tern Trust said a partnership between the Heron Foundation and the Quill Trust "
        "would help.\n"
    )
    assert not pairs(seed, "RUNS")


def test_the_parties_to_a_fund_fund_it():
    seed = extract_text(
        "The Kestrel Fund, a partnership between the Heron Foundation and the Quill Trust, "
        "opens to applications today.\n"
    )
    assert {("Heron Foundation", "Kestrel Fund"), ("Quill Trust", "Kestrel Fund")} <= pairs(
        seed, "FUNDED"
    )


def test_a_project_set_up_by_bodies_is_run_by_them():
    seed = extract_text("The Skylark Project was set up by Tern Trust and the Wren Foundation.\n")
    assert pairs(seed, "RUNS") == {
        ("Tern Trust", "Skylark Project"),
        ("Wren Foundation", "Skylark Project"),
    }


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Warm Spaces Programme is being delivered in partnership by Kelby Council and "
         "Alder Trust.", "RUNS"),
        ("The Warm Spaces Programme is run in collaboration by Kelby Council and Alder Trust.",
         "RUNS"),
        ("The Warm Spaces Programme is funded in partnership by Kelby Council and Alder Trust.",
         "FUNDED"),
    ],
)  # fmt: skip
def test_bodies_after_in_partnership_by_did_it_together(sentence, kind):
    assert pairs(extract_text(sentence + "\n"), kind) == {
        ("Kelby Council", "Warm Spaces Programme"),
        ("Alder Trust", "Warm Spaces Programme"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Council developed the Warm Spaces Programme to help older people.",
        "Kelby Council piloted the Warm Spaces Programme last winter.",
        "Kelby Council created the Warm Spaces Programme in 2020.",
    ],
)
def test_the_body_that_developed_or_piloted_a_programme_runs_it(sentence):
    assert pairs(extract_text(sentence + "\n"), "RUNS") == {
        ("Kelby Council", "Warm Spaces Programme")
    }


def test_a_report_a_body_developed_is_not_run():
    seed = extract_text("Kelby Council developed the Warm Homes Toolkit for landlords.\n")
    assert pairs(seed, "RUNS") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Hospice will continue to deliver the Kelby Care Navigation Service.",
        "Kelby Hospice plans to run the Kelby Care Navigation Service from May.",
        "Kelby Hospice has agreed to manage the Kelby Care Navigation Service.",
    ],
)
def test_a_body_that_continues_or_plans_to_run_a_service_runs_it(sentence):
    assert pairs(extract_text(sentence + "\n"), "RUNS") == {
        ("Kelby Hospice", "Kelby Care Navigation Service")
    }
