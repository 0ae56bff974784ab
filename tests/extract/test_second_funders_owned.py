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


def test_support_after_a_funder_s_description_funded_the_project():
    text = (
        CLUB + "The project is funded through the Quill Hospitals Charity, the trust's own "
        "charity, with support from Dovecote Town Council.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Quill Hospitals Charity", "Brightwater Bike Club") in got
    assert ("Dovecote Town Council", "Brightwater Bike Club") in got
    assert ("Dovecote Town Council", "Quill Hospitals Charity") not in got


def test_support_beside_a_fund_s_grant_goes_to_the_project_not_the_show():
    text = (
        "Open Doors exhibition\n\n"
        "This month the Open Doors exhibition opens at Dovecote Library. The exhibition "
        "is the centrepiece of Brightwater Reads, a two-year project run by Dovecote "
        "Libraries with the Dovecote History Society and funded by a £30,000 Quill Heritage "
        "Fund grant, with extra support from the Pennick Arts Trust.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Pennick Arts Trust", "Brightwater Reads") in got
    assert not {t for f, t in got if f == "Pennick Arts Trust"} - {"Brightwater Reads"}
