"""Where an event was held when its venue is no place the page names: the town
the venue is said to be in ("held on 27 February at a riverside hotel in
Leeds"), and the event a body's name before a noun refers to ("another Foo
conference was held ..." on a page about one conference is the page's own;
rules/places.py). Every name below is made up."""

from __future__ import annotations

from tests.extract.reading import located as _located

TEXT = (
    "Kelby Access Forum National Conference 2031\n\n"
    "Following the two KAF conferences held last year in Dalby and Fenby, another national "
    "KAF conference was arranged for this year and was held on 27th February 2031 at a "
    "riverside hotel in Leeds. Over 200 members attended.\n"
)


def test_the_town_of_an_unnamed_venue_places_the_page_event():
    located = _located(TEXT)
    assert ("Kelby Access Forum National Conference 2031", "Leeds") in located


def test_the_body_named_before_the_noun_is_not_placed_there():
    located = _located(TEXT)
    assert not {place for who, place in located if who == "KAF"} & {"Leeds", "Dalby", "Fenby"}
