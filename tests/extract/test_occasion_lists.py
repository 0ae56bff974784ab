"""Pages that tell of several occasions (a chair's annual report, a parish or club
newsletter): each named occasion is an event, held where the sentence says, by the
hosts it names, and each in turn comes into focus. A name with "Annual" before an
event's word or an occasion's letters is an occasion's ("the Annual Village Fair",
"our Annual KYA"); a carnival, procession, ceremony, gala or fete is one; a
venue right after a named event is a place the event is in, whatever body's word
ends it ("our Annual KYA at Marlow Academy"); "with hosts Dalby RFC" says who held
it. Every name below is made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import typed, with_roles

_REPORT = (
    "Chair's report\n\n"
    "BY JANE DOE, CHAIR OF TRUSTEES\n"
    "We celebrated a busy year at the Kelby Youth Trust.\n"
    "In May we had our Annual KYA at Marlow Academy with a record 30 clubs applying.\n"
    "We had a great Sponsors Reward Day with hosts Dalby RFC in September.\n"
    "Tom Bright was very involved in the Summer Carnival at Fenby Academy in October.\n"
)


def _seed(text: str = _REPORT) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_REPORT, "Annual KYA"),
        (
            "Village news\n\nThe field is used by many groups, as well as for Community "
            "Events such as the Annual Village Fair and Bonfire Night.\n",
            "Annual Village Fair",
        ),
        (
            "A note from the Chair\n\nThe highlights were the opening of our new workshop and "
            "another successful Lantern Carnival this November which attracted over 300 people.\n",
            "Lantern Carnival",
        ),
        (
            "Parish news\n\nBishop Ann Lee led the Harvest Procession around Dalby Green on "
            "Sunday, and the Kelby Gala raised £400 for the hall.\n",
            "Harvest Procession",
        ),
    ],
)
def test_a_named_occasion_on_a_page_of_several_is_an_event(text, name):
    assert typed(text, name) == {"Event"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our year\n\nThe Kelby Trust Annual Report was published in June.\n", "Annual Report"),
        ("Our year\n\nThe Kelby Annual Fund gave £500 to Fenby Scouts.\n", "Kelby Annual Fund"),
    ],
)
def test_annual_before_a_reports_or_funds_word_makes_no_event(text, name):
    found = {n: t for t, n in _entities(text)}
    assert all(t != "Event" for n, t in found.items() if name in n), found


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in _seed(text)["entities"]}


def test_a_venue_right_after_a_named_event_is_where_it_was():
    seed = _seed()
    located = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "LOCATED_IN"}
    assert {("Annual KYA", "Marlow Academy"), ("Summer Carnival", "Fenby Academy")} <= located
    places = {e["name"] for e in seed["entities"] if e["type"] == "Place"}
    assert {"Marlow Academy", "Fenby Academy"} <= places


def test_a_body_that_acts_stays_a_body_though_an_event_was_held_there():
    text = (
        "Club news\n\nIn May we had our Annual KYA at Marlow Academy. Ann Lee, head teacher "
        "of Marlow Academy, said the pupils loved it.\n"
    )
    assert "Place" not in typed(text, "Marlow Academy")


@pytest.mark.parametrize(
    ("text", "host", "event"),
    [
        (_REPORT, "Dalby RFC", "Sponsors Reward Day"),
        (
            "Club news\n\nThe Spring Fair was a great success. We had a great Volunteers Lunch "
            "with hosts Kelby Rovers FC in June.\n",
            "Kelby Rovers FC",
            "Volunteers Lunch",
        ),
    ],
)
def test_the_hosts_named_held_the_occasion_of_their_sentence(text, host, event):
    organised = with_roles(_seed(text), "ORGANISED")
    assert (host, event, "host") in organised, organised
    assert typed(text, host) == {"Organisation"}


def test_a_day_had_as_an_occasion_comes_into_focus():
    organised = with_roles(_seed(), "ORGANISED")
    assert ("Dalby RFC", "Annual KYA", "host") not in organised
