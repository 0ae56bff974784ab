"""A town written only as a word qualifying another: a body's branch or office named
for it ("our Kelby depot", "its Fenby head office") and a body's description ("the
Dalby charity that ...", "a Kelby firm", "the Fenby law firm Tern & Foss"). The town
is a place and the body is in it (mentions/branch_places.py,
mentions/described_towns.py, rules/place_sites.py, rules/place_arcs.py)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_our_depot_named_for_a_town_places_the_page_body():
    text = (
        "Volunteering day\n\nTern Haulage Ltd is a family firm. We give every driver two "
        "volunteering days a year. Ada Foss, a shift supervisor at our Kelby depot, led "
        "the first one.\n"
    )
    assert ("Place", "Kelby") in entities(text)
    assert ("Tern Haulage Ltd", "Kelby") in located(text)


def test_its_head_office_named_for_a_town_places_the_body_before_its():
    text = "Learning day\n\nFoss Care Homes hosted the day at its Fenby head office in May.\n"
    assert ("Place", "Fenby") in entities(text)
    assert ("Foss Care Homes", "Fenby") in located(text)


def test_a_description_read_up_to_its_first_body_noun():
    text = (
        "Mentoring\n\nThe award went to Bright Steps, the Dalby charity that matches "
        "young people with mentors.\n"
    )
    assert ("Place", "Dalby") in entities(text)
    assert ("Bright Steps", "Dalby") in located(text)


def test_a_town_before_a_firm_described_after_its_name():
    text = "Sponsors\n\nThe fun run was sponsored by Tern Digital, a Kelby firm.\n"
    assert ("Tern Digital", "Kelby") in located(text)


def test_a_town_before_a_firm_named_after_the_description():
    text = "Trustees\n\nJo Tern is a partner at the Fenby law firm Foss & Daughters.\n"
    assert ("Place", "Fenby") in entities(text)
    assert ("Foss & Daughters", "Fenby") in located(text)


def test_a_branch_noun_qualifying_a_post_names_no_branch():
    text = (
        "Food drive\n\nAt Kelby Pantry we collect every week. Ada Foss, the Ayton branch "
        "manager at Tern Stores, brought the first crates.\n"
    )
    assert ("Kelby Pantry", "Ayton") not in located(text)


def test_a_day_before_a_site_noun_is_no_place():
    text = "Sorting\n\nAt Kelby Pantry we sort food at our Saturday depot with ten volunteers.\n"
    assert ("Place", "Saturday") not in entities(text)
