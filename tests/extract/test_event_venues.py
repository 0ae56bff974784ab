"""Where a named event was, when the venue is not right after "held at": "gathered
at Y Hotel, Kelby, for the Foo Conference", "co-hosted the Foo Summit at Y House,
Kelby", "held the Foo Lunch for volunteers at Y Hall in Kelby". Every name below
is made up."""

from __future__ import annotations

from tests.extract.reading import located as _located


def test_gathered_at_a_venue_and_town_for_the_event():
    located = _located(
        "Tenants gather in Leeds\n\n"
        "Over 150 tenants gathered at the Marriott Hotel, Leeds, for the Northern Tenants "
        "Conference 2031, run by Tenants North.\n"
    )
    event = "Northern Tenants Conference 2031"
    assert {(event, "Marriott Hotel"), (event, "Leeds")} <= located


def test_hosted_the_event_at_a_venue_in_a_town():
    for sentence in (
        "On 4 April, Marsh Vale Council and Fernlea Housing co-hosted the Marsh Vale "
        "Homelessness Summit 2031 at Kelby Town Hall in Leeds.",
        "The Marsh Vale Homelessness Summit 2031 was staged by Fernlea Housing on 4 April "
        "at Kelby Town Hall in Leeds.",
    ):
        located = _located("Homelessness summit\n\n" + sentence + "\n")
        event = "Marsh Vale Homelessness Summit 2031"
        assert {(event, "Kelby Town Hall"), (event, "Leeds")} <= located, sentence


def test_a_meeting_held_at_a_venue_named_by_no_event_places_nothing():
    located = _located(
        "Fernlea Housing news\n\n"
        "Fernlea Housing held talks with residents at Kelby Town Hall in Leeds on Monday.\n"
    )
    assert not {place for _, place in located} & {"Kelby Town Hall"}


def test_several_events_named_after_a_body_do_not_place_the_body():
    located = _located(
        "Kelby Access Forum Conference 2031\n\n"
        "After the good feedback received following the 2 KAF conferences held last year in "
        "Dalby and Fenby, another KAF conference was arranged for this year. The Kelby Access "
        "Forum (KAF) met in Northtown.\n"
    )
    assert not {place for who, place in located if who == "Kelby Access Forum"} & {
        "Dalby",
        "Fenby",
    }


def test_a_body_held_its_meeting_at_a_venue_in_a_town():
    located = _located(
        "Fenby Voice AGM\n\n"
        "Fenby Voice held its AGM at the Forum, Leeds, yesterday. The chair thanked everyone.\n"
    )
    assert ("Fenby Voice AGM", "Leeds") in located


def test_a_campus_or_a_lounge_is_a_venue_the_event_was_held_at():
    for venue, sentence in (
        (
            "Wrenfield Campus",
            "The Foo Network Seminar was held in Aberlee House, Wrenfield Campus.",
        ),
        ("Skyline Lounge", "The Foo Network Seminar was held at the Skyline Lounge in Selby."),
    ):
        located = _located("Seminar news\n\n" + sentence + "\n")
        assert ("Foo Network Seminar", venue) in located, sentence
