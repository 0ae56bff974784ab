"""A programme named after a body's possessive and before a lower-case noun that
makes it one only there ("the hospice's Kelby Lights appeal", "the collective's
Open Lens season", "the trust's Fenby Lens learning series", "Foo's Time Out
clubs", "the foundation's Small Seeds pot", "its Rooted Here strand", "the trust's
Brookwatch volunteers"): the body RUNS it and the name is a project's. The same
nouns after a name no possessive owns add nothing. Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(f"Kelby news\n\n{text}\n", path="page.txt")


def _projects(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Project"}


@pytest.mark.parametrize(
    ("text", "body", "programme"),
    [
        (
            "Ada Foss runs Kelby Hospice. She backs the hospice's Kelby Lights appeal.",
            "Kelby Hospice",
            "Kelby Lights",
        ),
        (
            "Ada Foss runs Kelby Arts Collective. Come to the collective's Fenby Lens "
            "season, which opens in May.",
            "Kelby Arts Collective",
            "Fenby Lens",
        ),
        (
            "Ada Foss runs Kelby Trust. The talk is part of the trust's Fenby Lens "
            "learning series.",
            "Kelby Trust",
            "Fenby Lens",
        ),
        (
            "Kelby Care Network hosts this webinar. This event is part of the network's "
            "Bright Start learning series, which is paid for by Fenby Trust.",
            "Kelby Care Network",
            "Bright Start",
        ),
        (
            "Ada Foss runs Kelby Trust. Pupils meet at the trust's Fenby Lens clubs, "
            "which are paid for separately.",
            "Kelby Trust",
            "Fenby Lens",
        ),
        (
            "Volunteers from Kelby Trust's Time Together clubs visited the fair.",
            "Kelby Trust",
            "Time Together",
        ),
        (
            "We got £900 from the Fenby Community Foundation's Bright Seeds pot.",
            "Fenby Community Foundation",
            "Bright Seeds",
        ),
        (
            "The work is paid for by the Kelby Lottery Trust through its Rooted Here strand.",
            "Kelby Lottery Trust",
            "Rooted Here",
        ),
        (
            "Ada Foss said the Kelby Rivers Trust's Brookwatch volunteers have surveyed "
            "the stream.",
            "Kelby Rivers Trust",
            "Brookwatch",
        ),
    ],
)
def test_owned_name_before_its_noun_is_run(text: str, body: str, programme: str) -> None:
    seed = _seed(text)
    assert (body, programme) in pairs(seed, "RUNS")
    assert programme in _projects(seed)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Foss works at Kelby Trust. She spoke at the Fenby Lens season launch.",
        "Ada Foss works at Kelby Trust. She thanked the Fenby Lens volunteers.",
    ],
)
def test_the_noun_without_an_owner_runs_nothing(text: str) -> None:
    seed = _seed(text)
    assert not any(p == "Fenby Lens" for _, p in pairs(seed, "RUNS"))
