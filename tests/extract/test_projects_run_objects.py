"""A hub, café, academy or fund a body is said to run is a project even when the
runner is not yet read as a body: "the two organisations", "volunteers", or a
name with no head word (rules/body_run_things.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "From April volunteers will run the Kelby Young Hub at the old library.",
            "Kelby Young Hub",
        ),
        (
            "Kelby University and the Fenby Hospitals NHS Foundation Trust signed a "
            "partnership. Under it the two organisations will jointly run the Kelby "
            "Health Academy.",
            "Kelby Health Academy",
        ),
    ],
)
def test_a_thing_run_by_unnamed_runners_is_a_project(text: str, thing: str) -> None:
    assert types_in(extract_text(text), thing) == {"Project"}


def test_an_untyped_runner_runs_the_cafe_and_the_helpline() -> None:
    seed = extract_text(
        "Open Doors Kelby runs the Kelby Crisis Café and the Tern Talk helpline. "
        "Ada Foss is chief executive of Open Doors Kelby."
    )
    assert types_in(seed, "Kelby Crisis Café") == {"Project"}
    assert {("Open Doors Kelby", "Kelby Crisis Café"), ("Open Doors Kelby", "Tern Talk")} <= pairs(
        seed, "RUNS"
    )
