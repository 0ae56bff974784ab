"""A body's speaker telling a meeting about a programme ("Jo Tern from Kelby Mind
talked about the Walk Together project", "Ada Foss, chief officer of Fenby Forum,
introduced the Health Pals scheme"): the speaker's body RUNS the programme
(rules/talked_projects.py). Kinds seen in five writers' minutes and meeting notes;
made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "RUNS")


@pytest.mark.parametrize(
    ("text", "body", "project"),
    [
        (
            "Members heard from Jo Tern from Kelby Mind, who talked about the Walk Together "
            "project. Later, Ada Foss from Fenby Carers Trust talked about the Carer Pals "
            "project and how groups could join.",
            "Fenby Carers Trust",
            "Carer Pals",
        ),
        (
            "Ada Foss, chief officer of Orton Refugee Forum, introduced the Health Pals "
            "scheme, which matches volunteers with new arrivals.",
            "Orton Refugee Forum",
            "Health Pals",
        ),
        (
            "Our guest speaker, Jo Tern from Marton Rural Action, talked about the Warm "
            "Halls project.",
            "Marton Rural Action",
            "Warm Halls",
        ),
    ],
)
def test_the_speakers_body_runs_what_they_talked_about(text, body, project) -> None:
    assert (body, project) in _runs(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence says who runs it
        "Jo Tern of Kelby Council talked about the Warm Homes scheme, run by Fenby Trust.",
        # no body beside the speaker
        "At the meeting of Kelby Council, Jo Tern talked about the Warm Homes scheme.",
    ],
)
def test_no_running_when_another_runs_it_or_no_body_is_beside(text) -> None:
    assert ("Kelby Council", "Warm Homes") not in _runs(text)
