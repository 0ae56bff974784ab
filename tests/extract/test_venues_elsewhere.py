"""A venue a write-up names for something other than its own event: the place of
another occasion ("The next committee meeting is at the Swan Hotel", "Our next
meeting will be held at Riverside Hall") or a body's door the reader is asked to
come to ("please call in to Dale House", "copies can be collected from our office
at Bridge House"). The page's event is not placed there; the venue it was held at
still is. Every name below is made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import located


@pytest.mark.parametrize(
    ("text", "event", "held_at", "elsewhere"),
    [
        (
            "Kelby Community Fair draws crowds\n\n"
            "The Kelby Community Fair took place on Saturday in Kelby Market Square, run by "
            "Kelby Voluntary Action.\n\n"
            "The next Fair committee meeting is at the Swan Hotel on Monday, September 3 "
            "at 7pm.\n",
            "Kelby Community Fair",
            "Kelby Market Square",
            "Swan Hotel",
        ),
        (
            "Dale Forum summer meeting\n\n"
            "The Dale Forum held its summer meeting at Fernlea Community Centre in Kelby on "
            "4 June.\n\n"
            "Our next meeting will be held at the Riverside Hall on 3 September.\n",
            "Dale Forum summer meeting",
            "Fernlea Community Centre",
            "Riverside Hall",
        ),
    ],
)
def test_the_venue_of_a_next_occasion_is_not_the_page_events(text, event, held_at, elsewhere):
    found = located(text)
    assert (event, held_at) in found
    assert (event, elsewhere) not in found


@pytest.mark.parametrize(
    ("text", "held_at", "door"),
    [
        (
            "Fenby Trust AGM\n\n"
            "Fenby Trust held its AGM last month at the Wesley Centre, where we were warmly "
            "welcomed.\n\n"
            "If you would like a copy of our annual report, please call in to Dale House on "
            "Station Parade, or go to our website.\n",
            "Wesley Centre",
            "Dale House",
        ),
        (
            "Fenby Trust AGM\n\n"
            "Fenby Trust held its annual general meeting last week at the Old Mill Centre in "
            "Kelby.\n\n"
            "Copies of the accounts can be collected from our office at Bridge House, Kelby.\n",
            "Old Mill Centre",
            "Bridge House",
        ),
    ],
)
def test_a_door_the_reader_is_asked_to_come_to_is_not_the_events_venue(text, held_at, door):
    found = located(text)
    assert ("Fenby Trust AGM", held_at) in found
    assert ("Fenby Trust AGM", door) not in found


def test_a_venue_thanked_late_in_the_page_still_places_the_event():
    found = located(
        "Northtown Food Summit\n\n"
        "Over 80 growers and cooks met for the Northtown Food Summit on Friday.\n\n"
        "We would like to thank the team at Dale Community Centre for helping the day run "
        "smoothly.\n"
    )
    assert ("Northtown Food Summit", "Dale Community Centre") in found
