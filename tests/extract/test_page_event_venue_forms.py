"""The page's event keeps the form the page writes it in with its place ("its
annual reception in parliament", "a carers event in Northtown") as an alias, as
a reader names an untitled event; words that say when are not a place."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _aliases(text: str) -> list[str]:
    (event,) = events(extract_text(text))
    return event.get("aliases", [])


def test_an_owned_reception_in_parliament_is_also_named_with_its_place():
    text = (
        "Westshire Homes held its annual reception in parliament yesterday.\n\n"
        "The event was attended by more than 40 MPs.\n"
    )
    assert "its annual reception in parliament" in _aliases(text)
    seed = extract_text(text)
    assert ("Westshire Homes", events(seed)[0]["name"]) in pairs(seed, "ORGANISED")


def test_a_named_event_at_a_hotel_is_also_named_with_its_place():
    aliases = _aliases(
        "Westshire Carers Summit\n\n"
        "Over 100 carers attended the Westshire Carers Summit at the Northtown Grand Hotel.\n\n"
        "Speakers included Ada Brook.\n"
    )
    assert "Westshire Carers Summit at the Northtown Grand Hotel" in aliases


def test_when_an_event_was_held_is_not_its_place():
    aliases = _aliases(
        "Westshire Carers Summit\n\n"
        "Over 100 carers attended the Westshire Carers Summit in May 2031.\n\n"
        "Speakers included Ada Brook.\n"
    )
    assert not any(a.endswith("May 2031") for a in aliases)


def test_the_words_that_describe_an_event_stay_in_its_form_with_its_place():
    aliases = _aliases(
        "Last night, Bishop Ada Brook hosted the first interfaith event at the Fenby Palace.\n\n"
        "Over 70 faith and civic leaders attended the reception.\n"
    )
    assert "first interfaith event at the Fenby Palace" in aliases
