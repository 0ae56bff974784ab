"""A person said to run, lead or have set up a club, a league, a café or a choir
runs a project (rules/person_run_things.py); a body by its strong head word, a
club a person only joins, a club a body runs or a group a person leads are left."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_a_person_who_has_run_a_club_runs_a_project():
    seed = _seed(
        "Volunteer of the Year went to Ada Foss, who has run the Dalby Lunch Club for 20 years."
    )
    assert ("Ada Foss", "Dalby Lunch Club") in pairs(seed, "RUNS")
    assert types_in(seed, "Dalby Lunch Club") == {"Project"}


def test_set_up_and_runs_and_plain_runs():
    seed = _seed(
        "The Young Leader award went to Jo Tern, 19, who set up and runs the Kelby "
        "Street Football League."
    )
    assert ("Jo Tern", "Kelby Street Football League") in pairs(seed, "RUNS")
    assert ("Jo Tern", "Orley Repair Café") in pairs(
        _seed("Jo Tern runs the Orley Repair Café."), "RUNS"
    )
    assert ("Ada Foss", "Marsh Lane Choir") in pairs(
        _seed("Ada Foss has led the Marsh Lane Choir since 2015."), "RUNS"
    )


def test_near_misses_give_no_project():
    assert not pairs(_seed("Jo Tern runs Fenby Foodbank."), "RUNS")
    assert not pairs(_seed("Jo Tern joined the Dalby Lunch Club in 2019."), "RUNS")
    seed = _seed(
        "Kelby Parish Council thanks the Kelby Footpath Group, led by Ada Foss, who "
        "cleared the path."
    )
    assert not pairs(seed, "RUNS")
