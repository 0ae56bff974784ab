"""A body that runs a programme said in an infinitive hanging on its own clause:
"Tern Trust is delighted to have won the tender to deliver X", "Tern Trust has been
chosen to run X", "Jane Doe was the first commissioner to launch X"
(rules/active_agents.py). Not when a named object stands between ("Jane Doe asked
Tern Trust to launch X" is not Jane Doe launching it) or a noun has an owner.
Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust are delighted to have won the tender to deliver the Kelby Capacity "
        "Building Programme over the coming year.",
        "Tern Trust has been chosen to run the Kelby Capacity Building Programme.",
        "Tern Trust was the first charity in the county to launch the Kelby Capacity "
        "Building Programme.",
    ],
)
def test_a_body_whose_clause_says_it_is_to_run_a_programme_runs_it(sentence):
    seed = extract_text("# News\n\n" + sentence + "\n")
    assert ("Tern Trust", "Kelby Capacity Building Programme") in pairs(seed, "RUNS")


def test_a_person_first_to_launch_a_fund_runs_it():
    seed = extract_text(
        "# News\n\nJane Doe was the first commissioner to launch the Kelby Safer Streets "
        "Fund back in 2014.\n"
    )
    assert ("Jane Doe", "Kelby Safer Streets Fund") in pairs(seed, "RUNS")


def test_a_named_object_between_keeps_the_subject_from_running_it():
    seed = extract_text(
        "# News\n\nJane Doe, the commissioner, asked Tern Trust to launch the Kelby Safer "
        "Streets Fund.\n"
    )
    assert ("Jane Doe", "Kelby Safer Streets Fund") not in pairs(seed, "RUNS")


def test_plans_a_noun_owner_has_are_no_subjects_running():
    seed = extract_text(
        "# News\n\nJane Doe outlined the charity's plans to deliver the Kelby Capacity "
        "Building Programme.\n"
    )
    assert ("Jane Doe", "Kelby Capacity Building Programme") not in pairs(seed, "RUNS")


def test_an_unnamed_project_after_the_infinitive_is_no_named_one_run():
    seed = extract_text(
        "# Kelby Fund grants\n\nThe Kelby Main Grants programme has given out £1m. "
        "Tern Youth Project has been awarded £56,000 over three years to deliver a youth "
        "project for primary school children.\n"
    )
    assert ("Tern Youth Project", "Kelby Main Grants") not in pairs(seed, "RUNS")
