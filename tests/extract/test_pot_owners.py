"""A "by" naming a body's own fund, budget or programme ("funded by the Kelby
Foundation's Digital Fund") names the body as the funder, and the pot as the
body's project (rules/agent_ends.pot_owners, read by rules/agents.by_phrases).
Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "owner", "pot", "funded"),
    [
        (
            "Tech Pals is funded by the Kelby Foundation's Digital Fund.",
            "Kelby Foundation",
            "Digital Fund",
            "Tech Pals",
        ),
        (
            "The Tern Project is funded by Fenby Council's Community Fund.",
            "Fenby Council",
            "Community Fund",
            "Tern Project",
        ),
        (
            "The Ashby Walking Project is supported by the Heron Trust's Healthy Steps programme.",
            "Heron Trust",
            "Healthy Steps",
            "Ashby Walking Project",
        ),
    ],
)
def test_a_bodys_own_pot_names_the_body_as_funder(text, owner, pot, funded):
    seed = extract_text(text, path="page.txt")
    assert (owner, funded) in pairs(seed, "FUNDED")
    assert (pot, funded) not in pairs(seed, "FUNDED")
    assert (owner, pot) in pairs(seed, "RUNS")


def test_a_person_named_after_a_bodys_possessive_is_no_pot():
    seed = extract_text(
        "The Tern Project is funded by Fenby Council and run by the council's officer Jo Tern.",
        path="page.txt",
    )
    assert ("Fenby Council", "Tern Project") in pairs(seed, "FUNDED")
    assert not any(src == "Jo Tern" for src, _ in pairs(seed, "FUNDED"))


def test_a_second_funder_beside_a_bodys_own_fund_funds_the_same():
    seed = extract_text(
        "Fenby Harbour Day 2026\n\nFenby Harbour Day 2026 is supported by Fenby Town "
        "Council and Kelby Council's Community Chest, with sponsorship from Tern Bay "
        "Fisheries Ltd and the Kelby Arms.",
        path="page.txt",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Kelby Council", "Fenby Harbour Day 2026") in funded
    assert ("Tern Bay Fisheries Ltd", "Fenby Harbour Day 2026") in funded
    assert not any(src == "Community Chest" for src, _ in funded)


def test_a_bodys_unit_that_provides_a_service_is_no_pot():
    seed = extract_text(
        "Oral history training was provided by the University of Fenby's Centre for Local History.",
        path="page.txt",
    )
    assert ("University of Fenby", "Centre for Local History") not in pairs(seed, "RUNS")
