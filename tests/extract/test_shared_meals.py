"""A shared meal a page is about is its event: a community iftar, a harvest supper,
a street feast, named as the page describes it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def test_a_community_iftar_is_the_pages_event():
    seed = extract_text(
        "Neighbours break the fast together in Kelby\n\n"
        "Some 200 people came together at a community iftar at Kelby Town Hall on Friday 14 March "
        "2025.\n\nThe evening was organised by Kelby Mosque and Fenby Faith Forum.\n"
    )
    names = {e["name"] for e in events(seed)}
    assert "Community iftar" in names
    assert ("Kelby Mosque", "Community iftar") in pairs(seed, "ORGANISED")


def test_a_harvest_supper_is_the_pages_event():
    seed = extract_text(
        "Supper raises funds for the food bank\n\n"
        "Eighty villagers sat down to a harvest supper at Tern Village Hall on 4 October "
        "2025. The supper was hosted by Fenby Women's Institute.\n"
    )
    assert any("supper" in e["name"].lower() for e in events(seed))
    assert any(a == "Fenby Women's Institute" for a, _ in pairs(seed, "ORGANISED"))


def test_a_meal_only_mentioned_beside_a_body_makes_no_event():
    seed = extract_text(
        "Kelby Food Bank annual report\n\n"
        "Kelby Food Bank gave out 4,000 parcels this year. Volunteers also helped at the "
        "church's Tuesday lunches.\n"
    )
    assert not any(
        "supper" in e["name"].lower() or "feast" in e["name"].lower() for e in events(seed)
    )
