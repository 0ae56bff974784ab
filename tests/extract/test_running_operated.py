"""Running worded as operating, administering, overseeing (patterns/organising.jsonl
cues only, no code). Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The Open Doors project is operated by Tern Housing Trust.",
        "Tern Housing Trust, which operates the Open Doors project, has won an award.",
        "Tern Housing Trust oversees the Open Doors project in Leeds.",
        "The Open Doors project is administered by Tern Housing Trust.",
    ],
)
def test_a_body_operating_a_project_runs_it(sentence):
    seed = extract_text(sentence + "\n")
    assert pairs(seed, "RUNS") == {("Tern Housing Trust", "Open Doors")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Housing Trust operates in Leeds and Bradford.",
        "Tern Housing Trust operates the Kelby Food Bank.",
        "Tern Housing Trust operated on a budget of £2m last year.",
    ],
)
def test_operating_in_a_place_or_a_body_is_not_running_a_project(sentence):
    assert not pairs(extract_text(sentence + "\n"), "RUNS")
