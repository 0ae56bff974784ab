"""A facility or service named with a facility's head word ("Hub", "Centre", "Café":
vocab/facility_heads.txt) and said to be run by a body is that body's project, not
a body of its own: "the Kelby Carers Hub, run by Tern Trust"; also when "run by"
follows another participle joined by "and" ("funded by Fenby Council and run by
Tern Trust"), and after "is"/"has been" ("the Kelby Device Bank is run by Tern
Foundation"). A school or academy run by a body stays a body. rules/named_run_by.py.
Made-up names.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import news_item, pairs, types_in


@pytest.mark.parametrize(
    ("sentence", "facility"),
    [
        ("The Kelby Youth Hub, run by Tern Carers Trust, opens this week.", "Kelby Youth Hub"),
        (
            "The new Kelby Carers Hub, funded by Fenby County Council and run by Tern "
            "Carers Trust, opens this week.",
            "Kelby Carers Hub",
        ),
    ],
)
def test_a_facility_run_by_a_body_is_its_project(sentence, facility):
    seed = news_item(sentence)
    assert types_in(seed, facility) == {"Project"}
    assert ("Tern Carers Trust", facility) in pairs(seed, "RUNS")


def test_an_academy_run_by_a_body_stays_a_body():
    seed = news_item("Kelby Academy, run by Tern Trust, opened in 2010.")
    assert "Project" not in types_in(seed, "Kelby Academy")
    assert not pairs(seed, "RUNS")


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("Kelby Device Bank is run by Tern Foundation.", "Kelby Device Bank"),
        (
            "The Kelby Carers Hub has been delivered by Tern Carers Trust since 2019.",
            "Kelby Carers Hub",
        ),
    ],
)
def test_a_name_said_to_be_run_by_a_body_is_its_project(sentence, programme):
    seed = news_item(sentence)
    assert types_in(seed, programme) == {"Project"}
    assert any(who.startswith("Tern") and what == programme for who, what in pairs(seed, "RUNS"))


def test_an_academy_said_to_be_run_by_a_body_stays_a_body():
    seed = news_item("Kelby Academy is run by Tern Trust.")
    assert "Project" not in types_in(seed, "Kelby Academy")
