"""A project or event "for X to lead / deliver / host": X runs it or organises
it (rules/organising.py, `to_host` cues). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import evidence, pairs

PAGE = (
    "# Sport boost\n\nTern Sport Trust has been awarded £500,000 for the Active Streets "
    "project.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"It is an exciting project for Tern Sport Trust to lead," said its chair.',
        "Heron Council has chosen the Active Streets project for Tern Sport Trust to deliver.",
        "The Active Streets project, for Tern Sport Trust to run from May, will reach 2,000 "
        "people.",
    ],
)
def test_a_project_for_a_body_to_lead_is_one_it_runs(sentence):
    seed = extract_text(PAGE + sentence + "\n")
    assert ("Tern Sport Trust", "Active Streets") in pairs(seed, "RUNS")
    assert evidence(seed, "Tern Sport Trust", "Active Streets") == sentence


def test_a_project_for_people_to_run_their_own_clubs_has_no_runner():
    seed = extract_text(
        "# Sport boost\n\nThe Active Streets project is a scheme for young people in Leeds to "
        "run their own clubs.\n"
    )
    assert not pairs(seed, "RUNS")
