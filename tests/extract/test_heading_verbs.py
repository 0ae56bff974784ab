"""A heading that runs a body's name into a verb and its object ("Healthwatch
Orley Promoting the Public Voice"): the name ends before the verb, and the
object is no name unless a head word makes it one (mentions/run_stops.py). Small
made-up write-ups (round 14)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "body", "verb_name", "object_name"),
    [
        ("Healthwatch Westmoor Promoting the Public Voice\n\nAda Brook, Chief Operating "
         "Officer, Healthwatch Westmoor, attended the forum.",
         "Healthwatch Westmoor", "Healthwatch Westmoor Promoting", "Public Voice"),
        ("Healthwatch Orley Improving the Care We Get\n\nAda Brook, Manager, "
         "Healthwatch Orley, spoke at the forum.",
         "Healthwatch Orley", "Healthwatch Orley Improving", "Care We Get"),
    ],
)  # fmt: skip
def test_a_verb_after_a_name_in_a_heading_ends_the_name(text, body, verb_name, object_name):
    names = {name for _, name in entities(text)}
    assert ("Organisation", body) in entities(text)
    assert verb_name not in names
    assert object_name not in names


def test_an_object_with_a_head_word_is_still_a_name():
    text = (
        "Westmoor Mind Supporting the Orley Food Bank\n\n"
        "Ada Brook, Manager, Westmoor Mind, spoke at the forum."
    )
    found = entities(text)
    assert ("Organisation", "Westmoor Mind") in found
    assert ("Organisation", "Orley Food Bank") in found
