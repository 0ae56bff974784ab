"""A grant list's line: the body it opens with works with the bodies named after a
bare "with" on the line (rules/grant_line_partners.py). Fictional bodies, wordings
of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text

_HEAD = "Small grants awarded this spring\n\n"


def _pairs(text: str) -> set[frozenset]:
    seed = extract_text(_HEAD + text + "\n")
    ties = {"COLLABORATES_WITH", "PARTNER_OF"}
    return {frozenset((r["from"], r["to"])) for r in seed["relations"] if r["type"] in ties}


@pytest.mark.parametrize(
    "line",
    [
        "Kelby Road Residents' Association - £1,200 - a community safety day with "
        "Fenby Fire and Rescue Service",
        "Kelby Road Residents' Association - £9,650 - a writer residency at the old "
        "chapel, with Fenby Fire and Rescue Service",
        "Kelby Road Residents' Association — £6,000 — tool library expansion, with "
        "Fenby Fire and Rescue Service — Kelby Seed Round",
    ],
)
def test_grantee_works_with_the_body_after_with(line):
    pairs = _pairs(line)
    assert (
        frozenset(("Kelby Road Residents' Association", "Fenby Fire and Rescue Service")) in pairs
    )


def test_the_next_field_after_a_dash_is_no_partner():
    pairs = _pairs(
        "Kelby Road Residents' Association — £6,000 — tool library expansion, with "
        "Fenby Fire and Rescue Service — Kelby Seed Round"
    )
    assert not any("Kelby Seed Round" in pair for pair in pairs)


@pytest.mark.parametrize(
    "line",
    [
        "Orton Boxing Club - £5,000 - evening sessions, with funding from Fenby Fire "
        "and Rescue Service",
        "Orton Boxing Club - £3,000 - a course run by Orton Sixth Form with Fenby Fire and "
        "Rescue Service",
    ],
)
def test_money_or_another_doer_before_with_ties_no_grantee(line):
    pairs = _pairs(line)
    assert frozenset(("Orton Boxing Club", "Fenby Fire and Rescue Service")) not in pairs
