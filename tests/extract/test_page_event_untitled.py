"""A page that opens on an event it does not name, with no title to name it by:
the event is named as the page describes it (its noun, and where it was held),
and those who spoke at it took part in it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, with_roles


def test_a_conference_held_at_a_venue_is_named_after_the_venue():
    seed = extract_text(
        "A conference was held at the Northtown Corn Exchange on Saturday attended by "
        "about a hundred people. It opened with a talk by Ada Brook, Chief Executive of "
        "the Westshire Council for Voluntary Service.\n\n"
        "Bram Keel gave a local perspective on the new partnership.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Conference at the Northtown Corn Exchange"]
    assert ("Ada Brook", "Conference at the Northtown Corn Exchange", "speaker") in with_roles(
        seed, "PARTICIPATED_IN"
    )


def test_a_meeting_held_in_a_hall_and_a_street_party_in_news_capitals():
    seed = extract_text(
        "A meeting was held in Dalby Village Hall last week to discuss the new bus route.\n\n"
        "Residents heard from the parish council.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Meeting in Dalby Village Hall"]
    seed = extract_text(
        "A STREET party marked the opening of a new community centre in Northtown.\n\n"
        "Ada Brook, chair of Northtown Residents Association, said the centre was "
        "long overdue.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Street party"]


def test_a_political_party_is_not_an_event():
    seed = extract_text(
        "The party has pledged to build new homes in Northtown.\n\n"
        "Ada Brook, leader of Westshire Council, welcomed the pledge.\n"
    )
    assert events(seed) == []


def test_a_headline_all_in_capitals_is_still_a_name():
    seed = extract_text(
        "WESTSHIRE CARERS SUMMIT\n\n"
        "Over 100 carers attended the summit in Northtown on Tuesday.\n\n"
        "Speakers included Ada Brook of Northtown Mind.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Westshire Carers Summit"]
