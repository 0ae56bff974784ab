"""Posts named with no body on a page whose headline is its own body's name: the
page's staff, not the body it names most often (a board paper about a contract)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAPER = (
    "NHS Fenwold Integrated Care Board\n"
    "Agenda item 7 | Paper 31/014 | 2 March 2031\n\n"
    "Executive lead: Dr Alma Quist, Chief Medical Officer\n"
    "Report author: Piet Varro, Associate Director of Commissioning\n\n"
    "1. The Board is asked to approve a three-year contract with the Ayton Recovery "
    "Alliance for community mental health support.\n"
    "2. The Ayton Recovery Alliance is a consortium of four local charities. The Ayton "
    "Recovery Alliance has delivered the pilot since 2029.\n"
)


def test_staff_of_a_paper_are_at_the_body_its_headline_names():
    seed = extract_text(_PAPER, path="paper.txt")
    staff = pairs(seed, "WORKS_FOR")
    assert ("Alma Quist", "NHS Fenwold Integrated Care Board") in staff
    assert ("Piet Varro", "NHS Fenwold Integrated Care Board") in staff
    assert ("Alma Quist", "Ayton Recovery Alliance") not in staff
