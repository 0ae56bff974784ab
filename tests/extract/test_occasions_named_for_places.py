"""An event whose name holds a place the page names on its own is in that place
wherever on the page the place is named ("the launch of the Ashby Health Centre" in
one paragraph, "the residents of Ashby" in a quote further on); an event
named for a venue that is named for a town is in both ("Event at Kelby Civic Hall":
the hall and Kelby), but not in a hospital's own short form. Made-up names; places
the gazetteer does not know, as a page's village often is."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "LOCATED_IN")


def test_a_summit_named_for_a_place_named_in_another_paragraph_is_there():
    located = _located(
        "Summit looks at food poverty.\n\n"
        "More than eighty guests joined Tern Trust for the Fenby Food Summit on Friday.\n\n"
        "Jane Doe, chair of Tern Trust, said: “Too many families in Fenby go without "
        "a hot meal.”\n"
    )
    assert ("Fenby Food Summit", "Fenby") in located


def test_a_launch_named_for_a_place_named_only_in_a_quote_is_there():
    located = _located(
        "New centre to tackle health inequalities.\n\n"
        "Officials from Gull Trust and other organisations recently attended the launch "
        "of the Fenby Health and Wellbeing Centre.\n\n"
        "Jane Doe, chair of Gull Trust, said: “I am delighted to open this new facility "
        "for the residents of Fenby.”\n"
    )
    assert ("Launch of the Fenby Health and Wellbeing Centre", "Fenby") in located


def test_an_event_named_for_a_venue_named_for_a_town_is_in_both():
    located = _located(
        "Thank you to volunteers.\n\n"
        "The work of volunteers was recognised at a special event held at Ludlow Civic "
        "Hall on 27 May.\n\n"
        "Hundreds of people give their time to good causes in Ludlow every week.\n"
    )
    assert {("Event at Ludlow Civic Hall", "Ludlow Civic Hall"),
            ("Event at Ludlow Civic Hall", "Ludlow")} <= located  # fmt: skip
