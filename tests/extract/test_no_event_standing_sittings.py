"""Words that name no event: a body's yearly sitting named by its kind alone told as
a standing arrangement ("Our trustees are elected at the AGM", "Every member has one
vote at our AGM"), and the heading over a list of dates or the minutes' label for
the next sitting's date ("DATES FOR YOUR DIARY", "DATE OF NEXT MEETING"). Near
misses that still name the sitting: one told as done, to come, under way or dated."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events_by_name, pairs


def _events(text: str) -> set[str]:
    return set(events_by_name(extract_text(text)))


def test_a_vote_at_our_agm_is_no_sitting():
    assert not _events(
        "Kelby Credit Union is a savings and loans co-operative in Kelby.\n\n"
        "Every member has one vote at our AGM, and our board is made up of volunteers.\n"
    )


def test_trustees_elected_at_the_agm_is_no_sitting():
    assert not _events(
        "Fenby Tenants Forum\n\nOur trustees are elected by our member groups at the AGM. "
        "We meet monthly.\n"
    )


def test_elected_at_our_agm_each_november_is_no_sitting():
    seed = extract_text(
        "Fenby Women's Network supports women in Fenby.\n\n"
        "The trustees are elected at our AGM each November and serve for three years.\n"
    )
    assert not events_by_name(seed)
    assert not pairs(seed, "ORGANISED")


def test_the_agm_told_as_done_is_a_sitting():
    seed = extract_text(
        "Kelby Choral Society news\n\nAt the AGM, Ada Foss was elected chair, replacing Jo Tern.\n"
    )
    assert ("Kelby Choral Society", "Kelby Choral Society AGM") in pairs(seed, "ORGANISED")


def test_the_agm_to_come_is_a_sitting():
    assert "Kelby Cricket Club AGM" in _events(
        "Kelby Cricket Club news\n\nTreasurer Ada Foss will report at the AGM.\n"
    )


def test_stepping_down_at_the_agm_is_left_a_sitting():
    assert "Kelby Residents Association AGM" in _events(
        "Kelby Residents Association\n\n"
        "After eleven years as our secretary, Jo Tern is stepping down at the AGM.\n"
    )


def test_a_dated_agm_in_the_present_is_a_sitting():
    assert "Kelby Friends of the Park AGM" in _events(
        "Kelby Friends of the Park\n\nOur AGM is on 19 March at the Scout Hut.\n"
    )


def test_a_dates_for_your_diary_heading_is_no_event_and_its_dates_are():
    events = _events(
        "Kelby Youth News\n\nWe had a busy spring.\n\n"
        "DATES FOR YOUR DIARY\n"
        "Sat 14 March – Trip to the Fenby Gathering in Kelby\n"
        "Sat 15 August – Kelby Pride.\n"
    )
    assert "Dates for Your Diary" not in events
    assert {"Fenby Gathering", "Kelby Pride"} <= events


def test_a_diary_heading_is_no_event():
    events = _events(
        "Kelby Church News\n\nDiary\n"
        "Sat 10 Oct - Harvest supper, St John's Hall\n"
        "Sun 8 Nov - Remembrance service, war memorial\n"
    )
    assert "Diary" not in events
    assert "Harvest supper" in events


def test_the_date_of_next_meeting_label_is_no_event():
    events = _events(
        "Minutes of Kelby Parish Council\n\n24/057 ANY OTHER BUSINESS\nNone.\n\n"
        "24/058 DATE OF NEXT MEETING\nTuesday 11th June 2024 at 7.30pm, Kelby Memorial Hall.\n\n"
        "The meeting closed at 8.52pm."
    )
    assert not any("next meeting" in name.lower() for name in events)


def test_a_listing_title_over_its_when_line_is_still_an_event():
    assert "Seed Swap Social" in _events(
        "What's on at Kelby Library\n\nSeed Swap Social\n"
        "Saturday 12 April, 2-4pm, Fenby Library, Fenby\n"
        "Bring seeds to share. Run by Fenby Growers.\n"
    )
