"""Label lines over a page about one event that say where it is ("Venue: X",
"Where: X", "Location: X"): X is a place named as written, without the words the
field is read with, and the page's event is located there. Every name below is
made up."""

from __future__ import annotations

from tests.extract.reading import entities, located

FAIR = "Kelby Food Fair 2031"


def _page(field: str, value: str) -> str:
    return (
        f"{FAIR}\n\n"
        f"{field}: {value}\n"
        "Date: Saturday 4 May 2031\n\n"
        "The Kelby Food Fair brings growers from across the county together. "
        "Anna Roe of Fenby Growers will open the fair.\n"
    )


def test_a_venue_line_names_the_place_as_written():
    for field in ("Where", "Venue", "Location"):
        found = entities(_page(field, "Fenby Village Hall"))
        assert ("Place", "Fenby Village Hall") in found, field
        assert not {name for _, name in found if name.lower().startswith("held")}, field


def test_the_page_event_is_located_at_the_venue_line():
    for field in ("Where", "Venue"):
        assert (FAIR, "Fenby Village Hall") in located(_page(field, "Fenby Village Hall")), field


def test_a_venue_line_with_a_town_places_the_event_in_both():
    placed = located(_page("Venue", "Marsh Lane Community Centre, Dalby"))
    assert {(FAIR, "Marsh Lane Community Centre"), (FAIR, "Dalby")} <= placed


def test_a_venue_the_recogniser_calls_a_body_is_still_a_place():
    found = entities(_page("Venue", "Dale Chapel"))
    assert ("Place", "Dale Chapel") in found
    assert (FAIR, "Dale Chapel") in located(_page("Venue", "Dale Chapel"))


def test_who_owns_the_venue_in_brackets_is_no_place():
    found = entities(_page("Venue", "Marsh Park Visitor Centre, Dalby (Landward)"))
    assert ("Place", "Landward") not in found
