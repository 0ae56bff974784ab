"""The page's event is held on the park or gardens a sentence names with it or with
an event's noun (page_venue.py, vocab/page_venue_outdoor_heads.txt); a park the
page names in passing is not its ground. Made-up names, several wordings."""

from __future__ import annotations

import pytest

from tests.extract.reading import located


@pytest.mark.parametrize(
    ("text", "event", "ground"),
    [
        (
            "Mela draws a record crowd\n\n"
            "Saturday's Fenby Mela drew about 6,000 people to Albion Park, the largest "
            "since the festival started in 2019.\n\nHeadliners included the Dorley Dhol "
            "Group.\n",
            "Fenby Mela",
            "Albion Park",
        ),
        (
            "Festival brings 2,000 people to Ayton Fields Park\n\n"
            "The Ayton Fields Community Festival returned on Saturday with music and "
            "food stalls run by local groups.\n",
            "Ayton Fields Community Festival",
            "Ayton Fields Park",
        ),
        (
            "Kelby Festival of Neighbours 2031\n\n"
            "The Kelby Festival of Neighbours 2031 runs for a week in June. Highlights "
            "include a picnic in Beacon Gardens and a choir concert.\n",
            "Kelby Festival of Neighbours 2031",
            "Beacon Gardens",
        ),
    ],
)
def test_the_ground_named_with_the_event_is_where_it_was_held(text, event, ground):
    assert (event, ground) in located(text)


def test_a_park_named_in_passing_is_not_the_events_ground():
    found = located(
        "Festival brings 2,000 people to Ayton Fields Park\n\n"
        "The Ayton Fields Community Festival returned on Saturday with music and "
        "food stalls run by local groups.\n\n"
        "Separately, the council has plans to resurface the paths in Dorley Park "
        "next year.\n"
    )
    assert ("Ayton Fields Community Festival", "Dorley Park") not in found


def test_a_park_on_a_page_about_no_event_places_nothing():
    found = located(
        "Friends group wins grant\n\n"
        "The Friends of Marsby Park have been given £4,000 by Fenby Council to plant "
        "a new orchard in Marsby Park.\n"
    )
    assert not {pair for pair in found if pair[1] == "Marsby Park" and "Friends" not in pair[0]}
