"""A page about one event that names a venue ("Dale Community Centre", "Fernlea
Hotel") anywhere, not only after "held at", names where its event was held.
Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import located as _located
from tests.extract.reading import pairs


def test_a_venue_thanked_on_a_page_about_a_summit_is_where_it_was_held():
    located = _located(
        "Northtown Food Summit 2031 brings growers together\n\n"
        "More than 80 growers, cooks and council officers came to the Northtown Food "
        "Summit 2031 on 3 May to plan the town's food strategy.\n\n"
        "Ada Brook, chair of Northtown Food Partnership, said: \"I'd like to thank the "
        'team at Dale Community Centre for helping the day run smoothly."\n'
    )
    assert ("Northtown Food Summit 2031", "Dale Community Centre") in located


def test_a_hotel_named_on_a_page_about_an_awards_evening_is_where_it_was_held():
    located = _located(
        "Westshire Volunteer Awards 2031 celebrate local heroes\n\n"
        "Volunteers from across the county were honoured at the Westshire Volunteer "
        "Awards 2031 on 14 March.\n\n"
        "Guests enjoyed a three-course dinner served by the staff of the Fernlea Hotel "
        "before the presentations began.\n"
    )
    assert ("Westshire Volunteer Awards 2031", "Fernlea Hotel") in located


def test_a_venue_on_a_page_about_no_event_places_no_event():
    seed = extract_text(
        "Fernlea Housing shapes its repairs service with tenants\n\n"
        "Fernlea Housing has redesigned its repairs service with its tenants. Thirty "
        "tenants took part in design workshops at Dale Community Centre.\n",
        path="page.txt",
    )
    assert not any(to == "Dale Community Centre" for _, to in pairs(seed, "LOCATED_IN"))


def test_a_hall_that_is_the_short_form_of_a_hospital_is_no_venue():
    located = _located(
        "Westshire Volunteer Awards 2031 celebrate local heroes\n\n"
        "Volunteers from across the county were honoured at the Westshire Volunteer "
        "Awards 2031 on 14 March.\n\n"
        "Among them was Ada Brook, who has volunteered at Kelby Hall Hospital for ten "
        "years. Patients at Kelby Hall know her well.\n"
    )
    assert not any(to == "Kelby Hall" for _, to in located)


def test_an_event_at_a_venue_the_page_says_is_in_a_town_is_in_the_town():
    located = _located(
        "Northtown Tenants Conference\n\n"
        "On 3 May tenants from Northtown travelled to the Dale Grange Hotel in Kelby for the "
        "Northtown Tenants Conference. The conference was opened by Ada Brook.\n"
    )
    assert ("Northtown Tenants Conference", "Kelby") in located


def test_a_venue_said_to_be_in_a_town_later_places_the_event_there_too():
    located = _located(
        "Ashby Volunteer Awards\n\n"
        "The Ashby Volunteer Awards took place at Heron Hall. Ada Brook presented the awards. "
        "Buses ran from Heron Hall in Kelby to the station.\n"
    )
    assert {("Ashby Volunteer Awards", "Heron Hall"), ("Ashby Volunteer Awards", "Kelby")} <= (
        located
    )


def test_a_venue_named_only_among_the_bodies_present_is_not_where_the_event_was_held():
    located = _located(
        "Westshire Volunteer Fair 2031 draws a crowd\n\n"
        "More than 60 people came to the Westshire Volunteer Fair 2031 on 3 May.\n\n"
        "A range of organisations were present including Kelby Scouts, Dalby Veterans' "
        "Centre and Fenby Red Cross.\n\n"
        "Ada Brook said: \"I'd like to thank the team at Fernlea Hotel for helping the day "
        'run smoothly."\n'
    )
    assert ("Westshire Volunteer Fair 2031", "Fernlea Hotel") in located
    assert ("Westshire Volunteer Fair 2031", "Dalby Veterans' Centre") not in located


def test_a_venue_set_beside_the_word_venue_is_where_the_event_was_held():
    located = _located(
        "Fenby Community Action AGM 2031\n\n"
        "The Fenby Community Action AGM 2031 took place last month in a fantastic "
        "venue, the Ashby Rooms, where we were warmly welcomed.\n"
    )
    assert ("Fenby Community Action AGM 2031", "Ashby Rooms") in located
