"""Where an event was held is a venue, a place, whatever body's word ends its
name ("... College", "... Museum"); a body that does something on the page stays
a body. A post written before a comma is held by the person named after it.
Made-up write-ups; each stands for a kind seen on pages of several sites.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import typed


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Fenby Carol Concert 2031\nThis year's Fenby Carol Concert took place on Friday "
            "1 December at the Old Marlow Naval College, Fenby. Hundreds of families came.",
            "Old Marlow Naval College",
        ),
        (
            "The awards culminate in a presentation event for all winners, which is to be "
            "held at the Museum of Westshire Rural Life in October.",
            "Museum of Westshire Rural Life",
        ),
        (
            "Photos from the Dalby Lens sharing event at Tanner Hill Chapel on Saturday. "
            "Twelve young people showed their work.",
            "Tanner Hill Chapel",
        ),
    ],
)
def test_where_an_event_was_held_is_a_place(text, venue):
    assert typed(text, venue) == {"Place"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "The charity's work was featured at an event in the Tanner Hill Institute this "
            "week. Ten groups showed their work.",
            "Tanner Hill Institute",
        ),
        (
            "A reception held in the Marlow Naval College brought the partners together.",
            "Marlow Naval College",
        ),
    ],
)
def test_where_an_event_was_held_in_is_a_place(text, venue):
    assert typed(text, venue) == {"Place"}


def test_a_body_that_hosts_the_event_it_is_the_venue_of_stays_a_body():
    text = (
        "Westshire Loneliness Summit\nThe summit, to be held on Friday 30 November at the "
        "University of Fenby, will bring partners together. Dr Ada Brook, director of "
        "research at the University of Fenby, said: \u201cWe are delighted to host it.\u201d"
    )
    assert typed(text, "University of Fenby") == {"Organisation"}


def test_a_body_named_without_an_event_is_not_made_a_venue():
    text = "Dana Hale joined Fenby Naval College in 2010 and became its bursar in 2015."
    assert "Place" not in typed(text, "Fenby Naval College")


@pytest.mark.parametrize(
    "text",
    [
        "In her keynote speech, Hospice Chief Executive, Ada Brook marked the hospice's "
        "approaching 30th anniversary, our plans to build on our strong foundations.",
        "In her keynote speech, Hospice Chief Executive, Ella Rooks marked the hospice's "
        "approaching 30th anniversary, our plans to build on our strong foundations.",
        "Welcoming the guests, Charity Director, Ella Rooks marked the charity's "
        "approaching 30th anniversary and thanked the volunteers.",
    ],
)
def test_a_persons_name_after_a_post_and_a_comma_is_the_post_holder(text):
    """ "Chief Executive, Ada Brook": a name that opens with a given name holds the
    post, where "Secretary, Foo Trust" names the post's body."""
    name = "Ada Brook" if "Ada" in text else "Ella Rooks"
    assert typed(text, name) == {"Person"}


def test_a_body_after_a_post_and_a_comma_is_still_the_posts_body():
    text = "Ada Brook, Secretary, Westshire Tenants Federation said the vote was close."
    assert typed(text, "Westshire Tenants Federation") == {"Organisation"}
