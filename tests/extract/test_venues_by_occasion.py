"""A building's name where an occasion was held is a place, read past a date phrase
("meets on 9 June at Y Hub") and up through the holding verb's object ("convened a
roundtable of carers at Y Hub"); a post held there still makes it a body
(mentions/event_venues.py: past_date, _held_above)."""

from __future__ import annotations

import pytest

from tests.extract.reading import news_item, pairs, types_in


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The Kelby Carers Forum meets on 9 June at Fenby Community Hub.", "Fenby Community Hub"),
        (
            "Dunmore Trust held its first Youth Summit on 7 March at Ashgrove Academy.",
            "Ashgrove Academy",
        ),
        (
            "Fenby Partnership convened a roundtable of carers and nurses at the Millbrook "
            "Youth Hub on Mill Lane.",
            "Millbrook Youth Hub",
        ),
        (
            "Kelby Trust will host a tea party for older neighbours at Dunmore Gallery on 4 May.",
            "Dunmore Gallery",
        ),
        (
            "The Kelby Walking Plan was launched on Monday 2 June at Northgate Police Station.",
            "Northgate Police Station",
        ),
    ],
)
def test_the_building_an_occasion_was_at_is_a_place(sentence, venue):
    assert types_in(news_item(sentence), venue) == {"Place"}


def test_the_summit_is_located_in_the_academy():
    seed = news_item("Dunmore Trust held its first Youth Summit on 7 March at Ashgrove Academy.")
    assert ("Youth Summit", "Ashgrove Academy") in pairs(seed, "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Jo Tern, manager at Fenby Community Hub, hosted the meeting on 9 June.",
            "Fenby Community Hub",
        ),
        ("Ada Foss works at Kelby Hub and hosted a visit on 3 May.", "Kelby Hub"),
    ],
)
def test_a_post_at_the_building_keeps_it_a_body(sentence, body):
    seed = news_item(sentence)
    assert types_in(seed, body) == {"Organisation"}
    assert any(b == body for _, b in pairs(seed, "WORKS_FOR"))


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "Warm rooms are open at Dunmore Central Library, the Lantern Centre in Ashby "
            "and St Mary's Church, Eastholme.",
            "Lantern Centre",
        ),
        (
            "Physios run drop-ins at Kelby Library, Fenby Library and the Orchard Hub, "
            "which is hosted by Orchard Residents' Trust.",
            "Orchard Hub",
        ),
    ],
)
def test_a_hub_listed_with_venues_is_a_venue(sentence, venue):
    assert types_in(news_item(sentence), venue) == {"Place"}


def test_a_hub_listed_with_bodies_stays_a_body():
    seed = news_item("Partners include Kelby Library, Fenby Trust and the Orchard Hub.")
    assert "Place" not in types_in(seed, "Orchard Hub")
