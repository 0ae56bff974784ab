"""A project named, then "run (jointly) with" bodies: those bodies run it too, and
worked with the body the page speaks for (rules/joint_runs.run_with_after)."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _rels(seed: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == kind}


_PAGE = "Kelby Action\n\nKelby Action is a charity in Kelby. We help families across the town.\n\n"


def test_a_project_the_page_delivers_jointly_with_a_body_is_run_by_that_body():
    seed = extract_text(
        _PAGE + "The Money Mates project, which we deliver jointly with Fenby Credit Union, "
        "opened in May.\n"
    )
    assert ("Fenby Credit Union", "Money Mates") in _rels(seed, "RUNS")


def test_a_project_set_off_then_run_with_two_bodies():
    seed = extract_text(
        _PAGE + "Our Skills Bridge project, run with Fenby College and Ardley Housing Trust, "
        "meets every week.\n"
    )
    runs = _rels(seed, "RUNS")
    assert ("Fenby College", "Skills Bridge") in runs
    assert ("Ardley Housing Trust", "Skills Bridge") in runs


def test_running_with_people_or_no_project_named_before_is_not_a_joint_run():
    seed = extract_text(
        _PAGE + "Kelby Action runs with Fenby Rovers on Sundays. The Skills Bridge project, "
        "run with support from local volunteers, meets every week.\n"
    )
    assert not any(r["from"] == "Fenby Rovers" for r in seed["relations"])
    assert not _rels(seed, "PARTNER_OF")


def test_a_relative_clause_with_another_verb_first_still_names_the_project():
    """ "the Bar programme, which trains ... and is run jointly with A": the clause's
    later verb says who else runs it."""
    for sentence in (
        "She praised the hospice's Kind Kelby programme, which trains volunteers in "
        "neighbourhoods and is run jointly with Fenby Council for Voluntary Service.",
        "The Walk Tall scheme, which meets on Fridays and is delivered together with "
        "Fenby Ramblers Trust, is free.",
    ):
        seed = extract_text(_PAGE + sentence + "\n")
        runs = _rels(seed, "RUNS")
        assert any(
            frm in {"Fenby Council for Voluntary Service", "Fenby Ramblers Trust"}
            and to in {"Kind Kelby", "Walk Tall"}
            for frm, to in runs
        ), seed["relations"]
        assert not any(frm == "Kelby Action" for frm, _ in runs)  # not said to be ours


def test_a_body_shaped_name_the_page_runs_jointly_is_a_project():
    seed = extract_text(
        _PAGE + "Our mentors are trained through the Bright Kelby Academy, which we run "
        "jointly with Fenby Tides Trust.\n"
    )
    projects = {e["name"] for e in seed["entities"] if e["type"] == "Project"}
    assert "Bright Kelby Academy" in projects
    runs = _rels(seed, "RUNS")
    assert ("Fenby Tides Trust", "Bright Kelby Academy") in runs
    assert ("Kelby Action", "Bright Kelby Academy") in runs


def test_a_clause_said_of_a_person_or_a_place_runs_nothing():
    seed = extract_text(
        _PAGE + "We met Ada Foss, who trains volunteers and is working with Fenby Tides "
        "Trust. Fenby Hall, which opens at nine and is shared with Fenby Tides Trust, is "
        "busy.\n"
    )
    assert not _rels(seed, "RUNS"), seed["relations"]
