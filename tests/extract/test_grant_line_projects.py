"""A grant list's line naming a project where its purpose begins: the body the line
opens with runs it, the line's funder funds it (rules/grant_line_projects.py); and a
fund an office's possessive names keeps no "'s" in its name. Fictional bodies,
wordings of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text

_HEAD = (
    "Kelby Community Foundation: spring grants\n\n"
    "Kelby Community Foundation has awarded £40,000 to eight groups this spring.\n\n"
)


def _seed(lines: str) -> dict:
    return extract_text(_HEAD + lines + "\n")


def _ties(seed: dict, kind: str) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == kind}


def _projects(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Project"}


@pytest.mark.parametrize(
    ("line", "project"),
    [
        (
            "- Fenby Tenants' Association – £3,500 – Harbour Play Days",
            "Harbour Play Days",
        ),
        (
            '- Orton Arts Centre - £9,400 - "Lantern Tides", a year of new commissions',
            "Lantern Tides",
        ),
        (
            '- Orton Boxing Club — £9,000 for the "Corner Work" mentoring programme for teens',
            "Corner Work",
        ),
        ("- Kelby Youth Music / Loud Hailers holiday programme / £9,000", "Loud Hailers"),
    ],
)
def test_the_grantee_runs_and_the_funder_funds_the_project_named(line, project):
    seed = _seed(line)
    grantee = line[2:].split(" – ")[0].split(" - ")[0].split(" — ")[0].split(" / ")[0]
    assert project in _projects(seed)
    assert (grantee, project) in _ties(seed, "RUNS")
    assert ("Kelby Community Foundation", project) in _ties(seed, "FUNDED")


@pytest.mark.parametrize(
    "line",
    [
        "- Fenby Bowls Club – £2,000 towards a new mower",
        "- Fenby Bowls Club – £2,000 – Equipment",
        "- Fenby Bowls Club – £2,000 – Fenby Rotary Club",
        "- Fenby Bowls Club – £2,000 – Jo Tern",
    ],
)
def test_no_project_where_the_purpose_names_none(line):
    seed = _seed(line)
    assert not {t for t in _ties(seed, "RUNS") if t[0] == "Fenby Bowls Club"}
    assert ("Kelby Community Foundation", "Fenby Bowls Club") in _ties(seed, "FUNDED")


def test_a_sentence_naming_a_project_after_a_sum_is_no_line():
    seed = _seed("Fenby Bowls Club spent £2,000 on Harbour Play Days last year.")
    assert ("Fenby Bowls Club", "Harbour Play Days") not in _ties(seed, "RUNS")


def test_a_fund_an_office_owns_has_no_possessive_in_its_name():
    seed = extract_text(
        "Kelby lights\n\nThe new lamps were funded by the Kelby Police and Crime "
        "Commissioner's Lamplight Lanes Fund.\n"
    )
    names = {e["name"] for e in seed["entities"]}
    assert not any(n.startswith(("'s", "’s")) for n in names)
    assert "Lamplight Lanes Fund" in names
