"""Occasions named by a word no body or place is named for ("Regatta", "Big
Lunch", "Celebration", "Night Market", "Design Sprint"): the name is an event even
where the recogniser reads it as a body (vocab/head_event_strong.txt,
vocab/head_event_compounds.txt); a body whose name only holds such a word
("Carnival Committee", "Lunch Club") stays a body. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


def test_a_regatta_in_a_from_to_list_of_engagements_is_an_event():
    seed = extract_text(
        "This year the choir sang at 14 events, from the Westby Regatta to the Dalby "
        "County Show, and its own concert raised £900 for the hospice.\n"
    )
    assert _types(seed)["Westby Regatta"] == "Event"
    assert _types(seed)["Dalby County Show"] == "Event"


def test_a_night_market_run_by_a_body_is_an_event_it_organised():
    seed = extract_text(
        "The Marlow Night Market returns on Friday. Run by the Marlow Business "
        "Partnership, it will feature twenty food stalls.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Marlow Night Market"]


def test_a_design_sprint_over_three_days_is_an_event_not_a_body():
    seed = extract_text(
        "The Kelby Ward Design Sprint took place over three days at the Fenby "
        "Innovation Lab, run by the Kelby Health Hub.\n"
    )
    assert _types(seed)["Kelby Ward Design Sprint"] == "Event"
    assert _types(seed)["Kelby Health Hub"] == "Organisation"


def test_a_committee_or_club_named_for_an_occasion_stays_a_body():
    seed = extract_text(
        "The Westby Carnival Committee has elected Jo Tern as its chair. Volunteers "
        "from the Dalby Lunch Club delivered 40 meals. The Fenby Gala Association "
        "met on Tuesday.\n"
    )
    types = _types(seed)
    assert types["Westby Carnival Committee"] == "Organisation"
    assert types["Dalby Lunch Club"] == "Organisation"
    assert types["Fenby Gala Association"] == "Organisation"
    assert not events(seed)


def test_a_market_that_is_a_place_stays_a_place():
    seed = extract_text(
        "Ada Foss opened a stall at Kelby Market, the covered market run by Kelby Town Council.\n"
    )
    assert _types(seed)["Kelby Market"] == "Place"
    assert not events(seed)
