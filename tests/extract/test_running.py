"""Running projects: who runs, leads, delivers, manages or launched a programme
(RUNS), in every tense, and "X, which runs Y"."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _runs(seed: dict) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "RUNS"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Trust has launched the Safe Streets programme in Fenby.",
        "Tern Trust, which runs the Safe Streets project, said it was delighted.",
        "Tern Trust will deliver the Safe Streets project.",
        "Tern Trust is running the Safe Streets project.",
        "Tern Trust managed the Safe Streets project for three years.",
    ],
)
def test_an_organisation_runs_the_project_it_launched_delivers_or_manages(sentence):
    assert _runs(extract_text(sentence + "\n")) == {("Tern Trust", "Safe Streets")}


def test_leading_a_discussion_at_an_event_is_not_running_a_project():
    seed = extract_text("Anna Pike led the discussion at the Fenby Care Summit.\n")
    assert _runs(seed) == set()


def test_a_named_body_run_by_a_council_is_not_the_project_in_focus():
    seed = extract_text(
        "Fenby Museum will use the grant for its Resilience Project.\n\n"
        "The Museum, which is run by Wexley Borough Council, reopens in May.\n"
    )
    assert ("Wexley Borough Council", "Resilience Project") not in _runs(seed)


@pytest.mark.parametrize(
    ("sentence", "body", "facility"),
    [
        (
            "The new Sunrise Wellbeing Centre at Kelby Hospice has welcomed its first patients.",
            "Kelby Hospice",
            "Sunrise Wellbeing Centre",
        ),
        (
            "Visitors toured the Brook Sensory Garden at the Fenby Trust in Dalby.",
            "Fenby Trust",
            "Brook Sensory Garden",
        ),
    ],
)
def test_a_facility_at_a_body_is_a_project_it_runs(sentence, body, facility):
    """ "the Foo Centre at Kelby Hospice": a body's own centre, café or garden is a
    service it runs, not a body of its own."""
    seed = extract_text(sentence + "\n")
    kinds = {e["name"]: e["type"] for e in seed["entities"]}
    assert kinds.get(facility) == "Project"
    assert (body, facility) in _runs(seed)


def test_a_centre_at_a_venue_is_not_run_by_it():
    seed = extract_text("The Fenby Arts Centre at Dalby Town Hall opened in May.\n")
    assert _runs(seed) == set()
