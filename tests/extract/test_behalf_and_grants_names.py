"""Two programme forms: a programme run "on a body's behalf by" another ("the Kelby
Chest is managed on the council's behalf by Foo", "delivered on behalf of Dalby
Council by Foo": Foo RUNS it), and a name of everyday words before "grants
programme" ("this year's Kelby Chest grants programme": the programme's own name,
a project; "the Fenby Trust grants programme": the body's). Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(sentence: str) -> dict:
    return extract_text(f"Kelby news\n\n{sentence}\n", path="page.txt")


def _typed(seed: dict, kind: str) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == kind}


@pytest.mark.parametrize(
    ("sentence", "body", "programme"),
    [
        (
            "The Kelby Chest is managed on the council's behalf by Fenby Community "
            "Foundation, which assessed all the applications.",
            "Fenby Community Foundation",
            "Kelby Chest",
        ),
        (
            "The Warm Kelby scheme is delivered on behalf of Dalby Council by Fenby Care Trust.",
            "Fenby Care Trust",
            "Warm Kelby",
        ),
        (
            "The Bright Steps programme is run on behalf of the county by Dalby Youth Trust.",
            "Dalby Youth Trust",
            "Bright Steps",
        ),
    ],
)
def test_a_programme_run_on_a_bodys_behalf_by_another_is_run_by_it(sentence, body, programme):
    seed = _seed(sentence)
    assert (body, programme) in pairs(seed, "RUNS"), seed["relations"]


def test_speaking_on_a_bodys_behalf_runs_nothing():
    seed = _seed("Ada Foss spoke on behalf of Dalby Council by video link at the meeting.")
    assert not pairs(seed, "RUNS")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenby Council has named the groups that will share £420,000 from this year's "
        "Kelby Chest grants programme.",
        "Groups can apply to the Kelby Chest grant scheme until May.",
    ],
)
def test_a_name_of_everyday_words_before_grants_programme_is_a_project(sentence):
    assert "Kelby Chest" in _typed(_seed(sentence), "Project")


def test_a_bodys_name_before_grants_programme_stays_a_body():
    seed = _seed("Groups can apply to the Fenby Trust grants programme until May.")
    assert "Fenby Trust" in _typed(seed, "Organisation")
