"""A second funder told through a body's own team or programme ("funded by A, with
additional support from Foo Council's Bar Team"; "funded through A's Bar programme,
with support from B"): the second funds what A funded, never A
(rules/second_funders.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

CLUB = (
    "Brightwater Bike Club\n\n"
    "Brightwater Bike Club is a cycling project run by Pennick Youth Trust in Dovecote.\n"
)


def test_a_council_whose_team_gave_further_support_funded_the_project():
    text = (
        CLUB + "Brightwater Bike Club is funded by a £40,000 grant from the Quill Foundation, "
        "with additional support from Dovecote Town Council's Household Support Team.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Quill Foundation", "Brightwater Bike Club") in got
    assert ("Dovecote Town Council", "Brightwater Bike Club") in got
    assert ("Dovecote Town Council", "Quill Foundation") not in got


def test_support_beside_a_funder_s_own_programme_funded_the_project():
    text = (
        CLUB + "The project is funded through the Quill Foundation's Young Riders programme, "
        "with support from Dovecote Rotary Club.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Quill Foundation", "Brightwater Bike Club") in got
    assert ("Dovecote Rotary Club", "Brightwater Bike Club") in got
    assert ("Dovecote Rotary Club", "Quill Foundation") not in got
