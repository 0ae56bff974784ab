"""A named occasion the recogniser reads as a body ("joined the Peace Walk" after a
paragraph naming churches and mosques) stays an event when its last word is an
event's and no word before it is a body's; a body's word in the name keeps the body.
Made-up write-ups.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import typed

_BEFORE = (
    "Hello from the committee.\n\n"
    "Meals are cooked on rotation by Kelby Methodist Church and Fenby Mosque.\n\n"
)


@pytest.mark.parametrize("name", ["Peace Walk", "Peace Tour"])
def test_an_occasion_read_as_a_body_is_an_event(name):
    """ "around 90 people came to the Peace Walk": an event, not an organisation."""
    text = _BEFORE + f"Around 90 people came to the {name} on 13 November.\n"
    assert typed(text, name) == {"Event"}


def test_a_body_named_with_its_own_word_stays_a_body():
    """ "Kelby Walk Trust": a body's word before the last makes no occasion of it."""
    text = _BEFORE + "The Kelby Walk Trust gave a grant to Fenby Mosque.\n"
    assert typed(text, "Kelby Walk Trust") == {"Organisation"}
