"""A programme named after a body's possessive: the body RUNS it and the name is a
project's, when the body's name has two words or more before "'s" and the
programme ends in a programme's head word ("Fenby Sports Trust's Together Fund"), when
the body's name is a building's whose head word is a body's ("Kelby Hospital's
Home Again service"), and when the programme's head word is "grant" or "grants"
("Dalby Town Council's Green Grants"). A one-word owner keeps its name whole
("Kelby's Disease Association"). Made-up names, several wordings each.
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
            "The boxing club is also backed by Fenby Sports Trust's Together Fund and by a "
            "local tenants group.",
            "Fenby Sports Trust",
            "Together Fund",
        ),
        (
            "Ada Foss said the money came from Fenby Power's Customer Help Fund.",
            "Fenby Power",
            "Customer Help Fund",
        ),
        (
            "Volunteers were trained through Dalby Vale Trust's Bright Minds Programme "
            "last spring.",
            "Dalby Vale Trust",
            "Bright Minds Programme",
        ),
        (
            "Jo Tern praised Kelby Hospital's Home Again service, which helps patients "
            "settle back at home.",
            "Kelby Hospital",
            "Home Again",
        ),
        (
            "The hall received £5,000 from Fenby District Council's Community Buildings Grant.",
            "Fenby District Council",
            "Community Buildings Grant",
        ),
        (
            "Supported by Dalby Town Council's Green Grants",
            "Dalby Town Council",
            "Green Grants",
        ),
    ],
)
def test_a_programme_after_a_bodys_possessive_is_run_by_it(sentence, body, programme):
    seed = _seed(sentence)
    assert (body, programme) in pairs(seed, "RUNS"), seed["relations"]
    assert programme in _typed(seed, "Project"), seed["entities"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kelby's Disease Association met on Monday in the town hall.",
            "Kelby's Disease Association",
        ),
        ("The club is backed by Kelby's Community Fund.", "Kelby's Community Fund"),
    ],
)
def test_a_one_word_owner_keeps_the_name_whole(sentence, name):
    seed = _seed(sentence)
    assert name in {e["name"] for e in seed["entities"]}, seed["entities"]
    assert not pairs(seed, "RUNS")


def test_a_towns_programme_is_run_by_no_one():
    seed = _seed("Jo Tern praised Kelby's Warm Homes scheme at the meeting.")
    assert not pairs(seed, "RUNS")


def test_a_bodys_grants_programme_named_after_its_possessive_is_run_by_it():
    seed = _seed(
        "Fenby Health Trust has awarded £75,000 to five groups through its Healthier "
        "Kelby grants this year."
    )
    assert ("Fenby Health Trust", "Healthier Kelby") in pairs(seed, "RUNS"), seed["relations"]


def test_grants_as_a_noun_before_a_scheme_leave_the_scheme_named_after_it():
    seed = _seed("Groups can apply to Kelby Council's new community grants scheme, Bright Corners.")
    assert ("Kelby Council", "Bright Corners") in pairs(seed, "RUNS"), seed["relations"]
