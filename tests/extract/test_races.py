"""Occasions named for what people do: races and swims ("the Brindle Bay Aquathon"),
parades that set off from a church, gatherings on a subject ("the Orwell Forum on
Rural Broadband"), and the street of a venue line's address. All names and
sentences made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, located, typed


def test_a_forum_on_a_subject_keeps_its_subject_in_its_name():
    seed = extract_text(
        "News\n\nThe Orwell Forum on Rural Broadband met on 3 May 2031 at Tennet Hall. "
        "Ana Pellow of Dale Rural Action spoke.\n",
        path="page.txt",
    )
    assert "Orwell Forum on Rural Broadband" in [e["name"] for e in events(seed)]


def test_a_summit_on_a_weekday_stops_before_the_day():
    seed = extract_text(
        "News\n\nThe Brill Valley Summit on Tuesday heard from Jon Tarrow of Kelby Homes.\n",
        path="page.txt",
    )
    assert not any("Tuesday" in e["name"] for e in seed["entities"])


def test_a_debate_on_a_council_is_not_one_name():
    names = [
        e["name"]
        for e in extract_text(
            "News\n\nThe Fenby Debate on Orwell District Council drew a full hall.\n",
            path="page.txt",
        )["entities"]
    ]
    assert "Fenby Debate on Orwell District Council" not in names


def test_an_aquathon_and_a_sportive_are_events():
    text = (
        "News\n\nOver 90 swimmers took part in the Brindle Bay Aquathon on 4 June 2031, "
        "a week after the Harrow Fell Sportive.\n"
    )
    assert typed(text, "Brindle Bay Aquathon") == {"Event"}
    assert typed(text, "Harrow Fell Sportive") == {"Event"}


def test_a_parade_that_sets_off_from_a_church_is_located_there():
    pairs = located(
        "Fenby Lantern Parade lights up the town\n\n"
        "Families carried lanterns in the Fenby Lantern Parade on Friday evening. "
        "The parade set off from St Olave's Church at dusk and ended at Hatter Square.\n"
    )
    assert ("Fenby Lantern Parade", "St Olave's Church") in pairs
    assert ("Fenby Lantern Parade", "Hatter Square") in pairs


def test_a_named_walk_that_starts_at_a_hub_is_located_there():
    pairs = located(
        "News\n\nThe Orwell Memory Walk started from the Orwell Community Hub on Sunday, "
        "with 200 walkers.\n"
    )
    assert ("Orwell Memory Walk", "Orwell Community Hub") in pairs


def test_a_person_who_started_at_a_body_is_no_route():
    seed = extract_text(
        "News\n\nJo Tern started at Fenby Council in 2019 and now leads its housing team.\n",
        path="page.txt",
    )
    assert not any(r["type"] == "LOCATED_IN" and r["to"] == "Fenby Council"
                   for r in seed["relations"])  # fmt: skip
    assert typed("News\n\nJo Tern started at Fenby Council in 2019.\n", "Fenby Council") == {
        "Organisation"
    }


def test_a_venue_line_under_the_write_up_locates_the_event_not_its_street():
    pairs = located(
        "Stitch and Natter is back\n\n"
        "Our monthly Stitch and Natter returns in June, run by Kelby Crafters.\n\n"
        "When: Monday 2 June 2031, 2pm\n"
        "Venue: Orchard Library, Mill Street, Dunholt\n\n"
        "All welcome.\n"
    )
    assert ("Stitch and Natter", "Orchard Library") in pairs
    assert ("Stitch and Natter", "Dunholt") in pairs
    assert ("Stitch and Natter", "Mill Street") not in pairs


def test_the_race_named_before_is_where_it_was_staged():
    pairs = located(
        "Young swimmers make a splash\n\n"
        "Eighty children took part in the Brindle Bay Aquathon on 4 June 2031. "
        "The aquathon was staged at Kelby Leisure Centre by Brindle Tri Club.\n"
    )
    assert ("Brindle Bay Aquathon", "Kelby Leisure Centre") in pairs


def test_the_next_race_is_not_where_this_one_was():
    pairs = located(
        "Young swimmers make a splash\n\n"
        "Eighty children took part in the Brindle Bay Aquathon on 4 June 2031. "
        "The next aquathon will be staged at Kelby Leisure Centre.\n"
    )
    assert ("Brindle Bay Aquathon", "Kelby Leisure Centre") not in pairs


def test_a_village_open_gardens_is_an_occasion():
    seed = extract_text("Kelby Open Gardens return\n\nThe day was a great success.\n")
    assert {e["name"] for e in seed["entities"] if e["type"] == "Event"} == {"Kelby Open Gardens"}


def test_runners_setting_off_with_a_race_place_the_race():
    pairs = located(
        "News\n\nThe Dunby Hospice 5k took place on Sunday 3 May 2031, with more than 400 "
        "runners setting off from Tarn Meadows Park.\n"
    )
    assert ("Dunby Hospice 5k", "Tarn Meadows Park") in pairs


def test_a_team_starting_at_a_body_beside_a_summit_is_no_route():
    pairs = located(
        "News\n\nJo Tern spoke at the Kelby Summit, with her team starting at Fenby Council "
        "next month.\n"
    )
    assert ("Kelby Summit", "Fenby Council") not in pairs
