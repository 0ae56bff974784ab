"""A partner list's body marked "(Lead Partner)" runs the programme the list is
about, as well as taking part in it (rules/lead_lists.py,
vocab/lead_partner_words.txt). Made up; no corpus names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

PILOT = (
    "Partners in the Housing Harrowdale pilot are:\n"
    "- Great Homes ({mark})\n- Fenby Trust\n- Orrin Care\n"
)


def test_the_lead_partner_runs_the_programme():
    seed = extract_text(PILOT.format(mark="Lead Partner"), path="page.txt")
    assert pairs(seed, "RUNS") == {("Great Homes", "Housing Harrowdale")}
    assert ("Great Homes", "Housing Harrowdale", "lead partner") in with_roles(
        seed, "PARTICIPATED_IN"
    )
    assert ("Fenby Trust", "Housing Harrowdale", "partner") in with_roles(seed, "PARTICIPATED_IN")


def test_another_word_in_brackets_makes_no_runner():
    seed = extract_text(PILOT.format(mark="since 2019"), path="page.txt")
    assert pairs(seed, "RUNS") == set()


def test_the_lead_partner_under_our_partners_runs_the_programme_in_focus():
    seed = extract_text(
        "The Harrowdale Home Ahead pilot helps people into homes.\n"
        "Our partners:\n- Fenby Trust\n- Great Homes (Lead Partner)\n",
        path="page.txt",
    )
    assert ("Great Homes", "Harrowdale Home Ahead") in pairs(seed, "RUNS")
    assert ("Fenby Trust", "Harrowdale Home Ahead") not in pairs(seed, "RUNS")


def test_the_lead_partner_under_a_lead_in_naming_the_programme_by_its_letters():
    seed = extract_text(
        "New partners have joined the Harrowdale Home Ahead (HHA) pilot.\n"
        "The existing HHA partners are:\n- Fenby Trust\n- Orrin Care\n"
        "- Great Homes (Lead Partner)\n",
        path="page.txt",
    )
    assert ("Great Homes", "Harrowdale Home Ahead") in pairs(seed, "RUNS")
    assert ("Orrin Care", "Harrowdale Home Ahead") not in pairs(seed, "RUNS")
