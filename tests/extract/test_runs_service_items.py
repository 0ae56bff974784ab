"""A list of a body's services under a line that says so ("OUR SERVICES", "What we
do", "The projects are:"), each item a name, a colon or dash and what it is: the
name is a project, and under the page's own line ("our", "we") the page's body runs
it (project_items.py, rules/heading_projects.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_of

_REVIEW = (
    "Fenby Community Transport — Annual Review\n\n"
    "Fenby Community Transport helps people across Fenby get where they need to go.\n\n"
    "OUR SERVICES\n\n"
    "• Ring-a-Lift: a door-to-door minibus for residents who cannot use buses.\n"
    "• Wheels to Health: volunteer car journeys to hospital appointments.\n"
    "• Market Hopper: a weekly trip to the market in Kelby.\n\n"
    "FUNDING\n\n"
    "Ring-a-Lift is paid for by Kelby County Council.\n"
)

_WHAT_WE_DO = (
    "Welcome to Tern Welcomes Refugees\n\n"
    "Who we are\n\n"
    "Tern Welcomes Refugees is a volunteer-led charity in Tern.\n\n"
    "What we do\n\n"
    "• Welcome Lunch — every Friday at Tern Methodist Hall, with hot food and advice.\n"
    "• Bikes for Newcomers — donated bikes repaired by our volunteers.\n"
    "• Casework — our caseworker helps people with housing and benefits.\n"
)


def test_items_under_our_services_are_projects_the_body_runs():
    seed = extract_text(_REVIEW)
    types = types_of(_REVIEW)
    runs = pairs(seed, "RUNS")
    for name in ("Ring-a-Lift", "Wheels to Health", "Market Hopper"):
        assert types.get(name) == "Project", name
        assert ("Fenby Community Transport", name) in runs, name


def test_items_under_what_we_do_are_run_by_the_page_body():
    seed = extract_text(_WHAT_WE_DO)
    runs = pairs(seed, "RUNS")
    assert ("Tern Welcomes Refugees", "Welcome Lunch") in runs
    assert ("Tern Welcomes Refugees", "Bikes for Newcomers") in runs
    assert "Casework" not in {to for _, to in runs}  # one common word names nothing


def test_items_under_a_list_of_funders_are_no_projects():
    text = (
        "Fenby Arts Club\n\n"
        "Our funders\n\n"
        "• Ada Foss Trust: for our summer workshops.\n"
        "• Kelby Community Foundation: for the winter programme.\n"
    )
    types = types_of(text)
    assert types.get("Ada Foss Trust") != "Project"
    assert types.get("Kelby Community Foundation") != "Project"
