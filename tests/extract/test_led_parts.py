"""Who a passive "led by" names when what was led is a part of the occasion, a
group or a team told in passing, not the occasion itself: they did not organise
the event in view (rules/led_parts.py). The event named right before the verb, or
an event's noun there, is still organised by whoever led it. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _organised(seed: dict) -> set[tuple[str, str]]:
    return pairs(seed, "ORGANISED")


def test_the_artist_leading_a_parade_within_a_festival_did_not_organise_it():
    seed = extract_text(
        "The Kelby Arts Festival 2025 ran for a week in June. Highlights included a "
        "giant lantern parade made with pupils from Kelby Primary School, led by "
        "artist Jo Tern, and a poetry night.\n"
    )
    assert ("Jo Tern", "Kelby Arts Festival 2025") not in _organised(seed)


def test_the_leader_of_a_group_that_played_at_a_morning_did_not_organise_it():
    seed = extract_text(
        "The Dalby Coffee Morning was held at Fenby Hall on Friday. Music for the "
        "morning came from the Kelby Singers group that meets at the hall every "
        "Friday, led by music therapist Jo Tern.\n"
    )
    assert ("Jo Tern", "Dalby Coffee Morning") not in _organised(seed)


def test_the_director_leading_a_team_of_runners_did_not_organise_the_race():
    seed = extract_text(
        "The Dalby 10K was held on Sunday. Among the runners was a team of 25 from "
        "Fenby Engineering, the event's main sponsor, led by managing director Ada Foss.\n"
    )
    assert ("Ada Foss", "Dalby 10K") not in _organised(seed)


def test_the_governor_leading_a_council_at_a_meeting_did_not_organise_it():
    seed = extract_text(
        "The Fenby Members Meeting 2023 was held on Monday. The chair opened the "
        "meeting and thanked the Council of Governors, led by Lead Governor Ada Foss, "
        "for their work.\n"
    )
    assert ("Ada Foss", "Fenby Members Meeting 2023") not in _organised(seed)


def test_a_walk_named_right_before_led_by_is_organised_by_its_leader():
    seed = extract_text("The Kelby Heritage Walk, led by Jo Tern, set off from the library.\n")
    assert ("Jo Tern", "Kelby Heritage Walk") in _organised(seed)


def test_a_festival_said_to_be_led_by_a_body_is_organised_by_it():
    seed = extract_text(
        "The Kelby Arts Festival 2025 ran for a week in June. The festival was led by "
        "the Kelby Arts Trust.\n"
    )
    assert ("Kelby Arts Trust", "Kelby Arts Festival 2025") in _organised(seed)
