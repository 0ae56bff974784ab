"""An event or programme named after a body whose name holds a place ("Kelby
Carers Forum AGM") is not placed there by its name: the place is part of the
body's name (corpus/GOLD.md: a place "inside another name"). An event named for
the place itself ("Kelby Food Summit 2031"), or for a building it opens, still
is. Every name below is made up."""

from __future__ import annotations

from tests.extract.reading import located


def test_an_event_named_after_a_body_is_not_placed_by_the_body_s_place():
    page = (
        "Kelby Carers Forum AGM\n\n"
        "The Kelby Carers Forum AGM was held on Monday. Ada Brook, chair of Kelby Carers "
        "Forum, spoke about carers in Kelby.\n"
    )
    located_in = located(page)
    assert ("Kelby Carers Forum AGM", "Kelby") not in located_in
    assert ("Kelby Carers Forum", "Kelby") in located_in  # the body, by its own name


def test_an_event_named_for_its_place_is_still_placed_there():
    page = (
        "Kelby Food Summit 2031\n\n"
        "The Kelby Food Summit 2031 brought together growers from across the county. "
        "Ada Brook spoke about food in Kelby.\n"
    )
    assert ("Kelby Food Summit 2031", "Kelby") in located(page)


def test_the_opening_of_a_building_named_for_its_place_is_still_placed_there():
    page = (
        "Opening of the Kelby Community Centre\n\n"
        "Tom Reed opened the Kelby Community Centre on Monday. Families in Kelby will use it.\n"
    )
    assert ("Opening of the Kelby Community Centre", "Kelby") in located(page)
