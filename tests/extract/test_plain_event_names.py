"""The page's event keeps the name the page gives it, and takes the name without
the words that describe it rather than name it ("the exciting Kelby Hub", "the
new Dalby Centre") as an alias, as a reader names it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.coref import Entity
from collabgraph.extract.plain_event_names import add_plain_names, undescribed
from tests.extract.reading import events


def test_an_opening_is_also_named_without_its_describing_word():
    seed = extract_text(
        "Official opening of the exciting Kelby Hub\n\n"
        "The Mayor of Dalby, Cllr Tom Reed, cut the ribbon at the Kelby Hub on Friday.\n"
    )
    (event,) = events(seed)
    assert event["name"] == "Official opening of the exciting Kelby Hub"
    assert "Official opening of the Kelby Hub" in event["aliases"]


def test_only_a_describing_word_after_an_article_or_possessive_goes():
    assert undescribed("Opening of the new Dalby Centre") == "Opening of the Dalby Centre"
    plain = undescribed("Visit to Foo Trust's new Kelby centre")
    assert plain == "Visit to Foo Trust's Kelby centre"
    assert undescribed("Opening of the brand new Dalby Centre") is None  # half a phrase
    assert undescribed("Opening of the Dalby Centre") is None


def test_only_an_event_takes_the_plain_name():
    body = Entity(mentions=[], type="Organisation", name="The new Kelby Trust")
    add_plain_names(body)
    assert body.aliases == []
    event = Entity(mentions=[], type="Event", name="Launch of the new Kelby Hub")
    add_plain_names(event)
    add_plain_names(event)
    assert event.aliases == ["Launch of the Kelby Hub"]
