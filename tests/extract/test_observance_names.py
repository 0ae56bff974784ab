"""Days and weeks kept for a cause ("Kindness Week", "International Kindness Day"):
events, though the recogniser reads their capitals as a body's; and the time of
another event when a write-up about that event names them ("the key event in
Foo's Kindness Week"). Made-up write-ups, the kind from real pages (issue 11).
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, ruled, typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Northtown Healthwatch is running Northtown Listening Week from March 31 to April 5.",
            "Northtown Listening Week",
        ),
        ("Today is Fenby Volunteering Day! Come and join us at the hub.", "Fenby Volunteering Day"),
        (
            "Westshire Carers is running Kindness Week from 3 to 9 June with events "
            "across the county.",
            "Kindness Week",
        ),
    ],
)
def test_a_day_or_week_for_a_cause_is_an_event(text, name):
    assert typed(text, name) == {"Event"}


def test_a_day_centre_stays_a_place_or_body():
    text = "Ada Brook visited the Fenby Day Centre on Friday."
    assert "Event" not in typed(text, "Fenby Day Centre")


_RECEPTION = "Fenby Tenants Reception 2031"


@pytest.mark.parametrize(
    "during",
    [
        "was the key event in Westshire Housing's Tenants Awareness Week",
        "was the main event of Tenants Awareness Week",
    ],
)
def test_the_week_an_event_belongs_to_does_not_take_its_guests(during):
    text = (
        f"{_RECEPTION}\nOn 4 May Westshire Housing held its Fenby Tenants Reception at the "
        f"Lantern Rooms. The event was hosted by Ada Brook and {during}. We were delighted "
        "to have Tom Reed as guest of honour at the event.\n"
    )
    seed = ruled(extract_text(text, path="page.txt"))
    assert ("Tom Reed", _RECEPTION) in pairs(seed, "PARTICIPATED_IN")
    assert ("Tom Reed", "Tenants Awareness Week") not in pairs(seed, "PARTICIPATED_IN")
