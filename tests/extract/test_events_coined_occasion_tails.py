"""An occasion's coined name closed by a lower-case noun of one occasion ("our
Celebration of Age fair", "the Exporting Essentials workshop"): the noun belongs
to the event's name. A body's or a place's name before the noun, a plural noun, a
noun qualifying another, or no article before the name, is left as it was."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _event_names(text: str) -> set[str]:
    return {e["name"] for e in events(extract_text(text))}


def test_a_coined_name_takes_its_occasion_noun():
    names = _event_names(
        "Kelby Age Friends - summer news\n\n"
        "What a summer it has been for our members.\n\n"
        "We thank Fenby Rotary Club for paying for our Volunteers' Week lunch.\n\n"
        "Our Celebration of Age fair in Fenby Gardens drew nearly 700 people.\n\n"
        "Jo Tern ran the Exporting Essentials workshop at Kelby Hall in May.\n"
    )
    assert {"Celebration of Age fair", "Exporting Essentials workshop"} <= names


def test_a_day_name_takes_a_festival_after_an_adjective():
    names = _event_names(
        "Fenby Unity Group\n\n"
        "I started by helping with the annual Unity Day festival in Kelby Market Square.\n"
    )
    assert "Unity Day festival" in names


def test_a_body_before_the_noun_keeps_its_own_name():
    graph = extract_text(
        "Kelby news\n\n"
        "Ada Foss thanked everyone who came.\n\n"
        "Our stall was full, and so was our Kelby Credit Union breakfast.\n"
    )
    assert "Kelby Credit Union breakfast" not in {e["name"] for e in events(graph)}
    bodies = {e["name"] for e in graph["entities"] if e["type"] == "Organisation"}
    assert "Kelby Credit Union" in bodies


def test_a_plural_or_a_qualifying_noun_is_no_occasion():
    names = _event_names(
        "Kelby Arts news\n\n"
        "The Lantern Tide workshops start in May.\n\n"
        "The Lantern Tide festival organisers met on Friday.\n"
    )
    assert "Lantern Tide workshops" not in names
    assert "Lantern Tide festival" not in names
