"""An occasion that came to a place or filled it ("the Foo Fun Run returned to Y
Park", "the Foo Expo filled the Corn Exchange", "walkers packed Y Green for the Foo
Walk") is LOCATED_IN it (corpus/GOLD.md: held at or in); a person or body that
returns somewhere, or fills a post, is placed nowhere by it."""

from __future__ import annotations

import pytest

from tests.extract.reading import located


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        ("The Tarrow Kite Festival returned to Brindle Green on Saturday.",
         "Tarrow Kite Festival", "Brindle Green"),
        ("The Quenby Fun Walk will return to Hollin Park on 3 May.",
         "Quenby Fun Walk", "Hollin Park"),
        ("The Tarrow Makers Market 2026 filled the Wool Exchange on Sunday.",
         "Tarrow Makers Market 2026", "Wool Exchange"),
        ("Walkers in green hats packed Hollin Park on Sunday for the Quenby Tree Walk.",
         "Quenby Tree Walk", "Hollin Park"),
        ("The Brindle Fun Day returns to Hollin Park this summer.",
         "Brindle Fun Day", "Hollin Park"),
    ],
)  # fmt: skip
def test_an_occasion_that_came_or_filled_a_place_is_there(text, event, place):
    assert (event, place) in located(f"Weekend news\n\n{text}\n")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Ada Foss returned to Brindle Library as its manager in May.", "Ada Foss"),
        ("Kelby Trust came to Hollin Hall with a new plan for the site.", "Kelby Trust"),
        ("Volunteers from Kelby Trust filled the Wool Exchange stall rota.", "Kelby Trust"),
        ("Jo Tern filled the post at Hollin Park last year.", "Jo Tern"),
        ("Brindle Trust returns to Hollin Park this summer with a stall.", "Brindle Trust"),
    ],
)
def test_a_person_or_body_coming_or_filling_is_not_placed(text, owner):
    assert not any(o == owner for o, _ in located(f"Weekend news\n\n{text}\n"))


@pytest.mark.parametrize(
    ("text", "event", "host", "venue"),
    [
        ("The Tarrow Food Summit 2026 was hosted by Quenby Council at the Wool Hall on 2 May.",
         "Tarrow Food Summit 2026", "Quenby Council", "Wool Hall"),
        ("The Brindle Bus Debate was staged by the Hollin Rail Network at Dudley Town Hall.",
         "Brindle Bus Debate", "Hollin Rail Network", "Dudley Town Hall"),
    ],
)  # fmt: skip
def test_a_venue_after_the_host_of_an_event_is_the_events(text, event, host, venue):
    pairs = located(f"Weekend news\n\n{text}\n")
    assert (event, venue) in pairs
    assert (host, venue) not in pairs


def test_a_venue_then_for_and_an_event_are_two_names():
    text = "Weekend news\n\nDelegates gathered at Hollin Hall for the Brindle Summit 2026.\n"
    assert ("Brindle Summit 2026", "Hollin Hall") in located(text)


def test_a_centre_for_a_field_stays_one_name():
    from tests.extract.reading import entities

    text = "Weekend news\n\nJo Tern is a fellow at the Centre for the Study of Ageing.\n"
    assert not any(name == "Study of Ageing" for _, name in entities(text))


def test_a_race_starting_on_a_place_is_there():
    text = "Weekend news\n\nThe Quenby 10k started on Hollin Promenade at 9am.\n"
    assert ("Quenby 10k", "Hollin Promenade") in located(text)


def test_a_person_starting_on_a_ward_places_nothing():
    text = "Weekend news\n\nAda Foss started on Hollin Ward in May.\n"
    assert not any(o == "Ada Foss" for o, _ in located(text))
