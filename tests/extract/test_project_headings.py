"""A page listing its body's projects under headings ("Our services", then a name
over a paragraph for each): each heading's name is a project the body runs, and the
paragraph under it is about it (project_headings.py, rules/heading_projects.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text

_PAGE = (
    "Our services\n\n"
    "Orley Community Action supports families across Orley and the villages around it. "
    "These are the services we run.\n\n"
    "Orley Home Visits\n\n"
    "Volunteers call on older people who live alone.\n\n"
    "Tech Help Drop-In\n\n"
    "Free help with phones and laptops at Orley Library, supported by Fenby Trust.\n\n"
    "Bright Minds\n\n"
    "Our youth course for school leavers, delivered with Orley College and funded by the "
    "Dalby Youth Fund.\n"
)


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


def _rels(seed: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == kind}


def test_each_heading_under_our_services_is_a_project_the_body_runs():
    seed = extract_text(_PAGE)
    types = _types(seed)
    runs = _rels(seed, "RUNS")
    for name in ("Orley Home Visits", "Tech Help Drop-In", "Bright Minds"):
        assert types.get(name) == "Project", name
        assert ("Orley Community Action", name) in runs, name


def test_the_paragraph_under_a_heading_is_about_its_project():
    funded = _rels(extract_text(_PAGE), "FUNDED")
    assert ("Dalby Youth Fund", "Bright Minds") in funded
    assert ("Dalby Youth Fund", "Orley Home Visits") not in funded


def test_headings_of_a_newsletter_that_lists_no_projects_are_no_projects():
    seed = extract_text(
        "Members' bulletin, spring\n\n"
        "Orley Community Action sends its news to members each season.\n\n"
        "Warm Welcome\n\n"
        "Jo Tern joined our board in March.\n\n"
        "Funding News\n\n"
        "We have been awarded £4,000 by Fenby Trust.\n"
    )
    assert not _rels(seed, "RUNS")
    assert "Project" not in _types(seed).values()
