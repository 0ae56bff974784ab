"""An event organised by a body's team, the body named by its noun ("organised by the
hospice's fundraising team"): the body named with that word ORGANISED it; no body
when the page names none with that word."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_a_bodys_team_organised_the_walk():
    seed = extract_text(
        "Walkers raise £9,000 for hospice\n\n"
        "St Ada's Hospice thanked the 200 people who took part in the Fenby River Walk "
        "on Sunday 4 May 2031. "
        "The walk was organised by the hospice's fundraising team with help from "
        "Fenby Rotary Club.\n"
    )
    assert ("St Ada's Hospice", "Fenby River Walk") in pairs(seed, "ORGANISED")


def test_other_wordings_of_a_bodys_unit_hosting():
    seed = extract_text(
        "Ayton University hosts research day\n\n"
        "The Community Research Day 2031 was hosted by the university's civic "
        "engagement office on 3 June 2031.\n"
    )
    assert ("Ayton University", "Community Research Day 2031") in pairs(seed, "ORGANISED")


def test_no_body_named_with_the_word_gives_no_organiser():
    seed = extract_text(
        "Symposium brings partners together\n\n"
        "The Kelby Care Symposium 2031 was organised by the partnership's youth panel "
        "and sponsored by Fenby Energy.\n"
    )
    organised = pairs(seed, "ORGANISED")
    assert ("Fenby Energy", "Kelby Care Symposium 2031") not in organised
