"""An opening told first of something new and unnamed and named a little later:
a headline's bare "New women's hub opens", a lead's "a new day centre opened",
"Dalby's first community hub opens", then "The Kelby Hub ..." opening the next
paragraph (or the one after a one-sentence lead), its last word a venue's even when
it is not the first noun ("day centre" -> "Hub"). Not when the name that follows is
no venue's."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "New women's hub opens in Dalby\n\n"
            "A new day centre for women opened this week on Mill Lane, Dalby.\n\n"
            "The Kelby Hub is run by Fenby Trust and will open five days a week.\n",
            "Opening of Kelby Hub",
        ),
        (
            "Dalby's first community hub opens its doors\n\n"
            "The Kelby Hub, a conversion of the old library on Mill Lane, was opened on "
            "Saturday by Jo Tern.\n",
            "Opening of Kelby Hub",
        ),
        (
            "Dalby's first community fridge opens its doors\n\n"
            "A community fridge aimed at cutting food waste has opened in Dalby.\n\n"
            "The Dalby Community Fridge, at the Fenby Hall on Mill Lane, is run by "
            "volunteers.\n",
            "Opening of Dalby Community Fridge",
        ),
    ],
)
def test_an_opening_told_unnamed_is_named_after_the_venue_named_later(text, name):
    names = [e["name"] for e in _events(extract_text(text))]
    assert name in names, names


def test_no_opening_is_named_after_a_name_that_is_no_venues():
    text = (
        "New women's hub opens in Dalby\n\n"
        "A new day centre for women opened this week on Mill Lane, Dalby.\n\n"
        "The Kelby Trust will run it five days a week.\n"
    )
    names = [e["name"] for e in _events(extract_text(text))]
    assert "Opening of Kelby Trust" not in names, names


def test_no_opening_is_named_after_the_body_that_opened_something_else():
    text = (
        "Social enterprise café opens training kitchen\n\n"
        "The Kelby Café, a social enterprise on Mill Lane in Dalby, has opened a training "
        "kitchen for young people.\n"
    )
    names = [e["name"] for e in _events(extract_text(text))]
    assert "Opening of Kelby Café" not in names, names
