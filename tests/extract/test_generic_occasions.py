"""A name that says only the kind of an occasion ("Annual General Meeting",
"Spring Conference") is an event, never a body, and on a page about a body's
own such occasion ("Foo Forum AGM") it is that event by another name; no such
name joins two bodies' occasions on import (tests/store/test_identity.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events, typed, types_of


@pytest.mark.parametrize(
    ("title", "said", "long_form"),
    [
        ("Northtown Arts Forum AGM", "its Annual General Meeting (AGM)", "Annual General Meeting"),
        ("Westshire Tenants Union AMM", "its Annual Members Meeting", "Annual Members Meeting"),
        ("Dalby Carers AGM", "the Annual General Meeting", "Annual General Meeting"),
    ],
)
def test_a_body_s_own_occasion_in_full_is_the_page_event(title, said, long_form):
    seed = extract_text(
        f"{title}\n\n"
        f"{title[:-4]} held {said} on 3 May 2031 in Northtown. Ada Brook, its Chair,"
        " gave the annual report.\n"
    )
    (event,) = events(seed)  # one event, by all its names
    names = {event["name"], *event.get("aliases", [])}
    assert {title, long_form} <= names or {title, f"{title[:-4]} {long_form}"} <= names
    assert not any(e["name"] == long_form for e in seed["entities"] if e is not event)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("News from the network\n\nAda Brook thanked members at its Annual General Meeting"
         " (AGM) on Tuesday. The Dalby Trust also elected new trustees.\n",
         "Annual General Meeting"),
        ("Update\n\nThe Westshire Carers Network welcomed 40 members to its Summer Summit (SS)"
         " in Dalby.\n", "Summer Summit"),
    ],
)  # fmt: skip
def test_a_generic_occasion_with_letters_in_brackets_is_an_event_not_a_body(text, name):
    assert types_of(text).get(name) == "Event"


@pytest.mark.parametrize(
    "text",
    [
        "Healthwatch Fenby held its AGM at the Forum, Fenby, yesterday.",
        "Anyone requiring a detailed report of the AGM should contact the Secretary of "
        "the Westshire Heritage Trust.",
    ],
)
def test_a_short_form_of_a_kind_of_occasion_alone_is_no_name(text):
    """ "the AGM" says only what kind of occasion it was: no body, no entity of its own."""
    assert not typed(text, "AGM")
