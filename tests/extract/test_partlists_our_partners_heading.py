"""A body's own page listing its partners under a heading or lead-in ("Our
partners", "Delivery partners:", "Partners: A; B; C") with no project or
partnership in view: each body listed is the page's body's partner (PARTNER_OF).
All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, rows


def _partners(seed: dict) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(seed, "PARTNER_OF")}


def test_bodies_under_our_partners_heading_are_the_page_bodys_partners():
    seed = extract_text(
        "About Kelby Rivers Trust\n\n"
        "Kelby Rivers Trust looks after the rivers and streams of the Kelby valley.\n\n"
        "Our partners\n"
        "- Fenby Angling Club lends us volunteers for river clean-ups.\n"
        "- Northgate Water pays for our water-quality testing kit.\n",
        path="page.txt",
    )
    found = _partners(seed)
    assert frozenset({"Kelby Rivers Trust", "Fenby Angling Club"}) in found
    assert frozenset({"Kelby Rivers Trust", "Northgate Water"}) in found


def test_delivery_partners_lead_in_on_a_body_page():
    seed = extract_text(
        "Fenby Youth Trust\n\n"
        "Fenby Youth Trust runs mentoring and youth clubs across Fenby.\n\n"
        "Delivery partners:\n"
        "- Fenby High School\n"
        "- Kelby Leisure Trust\n",
        path="page.txt",
    )
    found = _partners(seed)
    assert frozenset({"Fenby Youth Trust", "Fenby High School"}) in found
    assert frozenset({"Fenby Youth Trust", "Kelby Leisure Trust"}) in found


def test_partners_of_a_project_in_view_still_take_part_in_it():
    seed = extract_text(
        "Kelby Food Project\n\n"
        "The Kelby Food Project is run by Fenby Housing Trust.\n\n"
        "Our partners\n"
        "- Northgate Foodbank\n"
        "- Kelby Allotment Society\n",
        path="page.txt",
    )
    assert ("Northgate Foodbank", "PARTICIPATED_IN", "Kelby Food Project", "partner") in rows(seed)
    assert frozenset({"Fenby Housing Trust", "Northgate Foodbank"}) not in _partners(seed)


def test_partners_listed_on_an_event_page_are_not_the_organisers_partners():
    seed = extract_text(
        "Kelby Carers Summit 2031\n\n"
        "The Kelby Carers Summit 2031 took place on 4 May 2031 at Fenby Library. "
        "It was organised by Kelby CVS.\n\n"
        "Our partners\n"
        "- Northgate Carers Trust\n"
        "- Fenby Housing Association\n",
        path="page.txt",
    )
    assert frozenset({"Kelby CVS", "Northgate Carers Trust"}) not in _partners(seed)
