"""A verb of working together whose subject is "the" and a body's noun outside any
name (collab_subjects.definite_noun_subject): "The Trust is working with B", "said
the charity had worked with B", "The café is part of Bar and works closely with
B": the body that noun stands for worked with B, not a name nearer the verb; and
a second "and with C" after B (second_withs): C too. All names and sentences
made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import together

_OPENING = "Kelby News\n\nThe Kelby Heritage Trust has been given a grant for its work.\n\n"


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("The Trust is working with Fenby Reading Network on the recordings.",
         "Fenby Reading Network"),
        ("The Trust also works with the national charity Orton Reads to run sessions.",
         "Orton Reads"),
        ("Its director Ada Foss said the trust had worked with Fenby Foodbank to choose "
         "the pick-up points.", "Fenby Foodbank"),
    ],
)  # fmt: skip
def test_the_body_the_noun_stands_for_worked_with_them(sentence, partner):
    assert ("Kelby Heritage Trust", partner) in together(_OPENING + sentence + "\n")


def test_the_speaker_named_before_is_not_the_one_who_worked_with_them():
    text = _OPENING + (
        "Its director Ada Foss said the trust had worked with Fenby Foodbank to choose "
        "the pick-up points.\n"
    )
    assert ("Ada Foss", "Fenby Foodbank") not in together(text)


def test_the_speaker_s_body_for_a_noun_no_name_ends_with():
    text = (
        "Kelby News\n\nKelby Wheels manager Jo Tern said the charity had recruited 30 "
        "drivers and would work closely with Fenby Age Concern to find passengers.\n"
    )
    assert ("Kelby Wheels", "Fenby Age Concern") in together(text)


def test_no_body_is_guessed_for_a_noun_no_name_ends_with():
    text = (
        "Kelby News\n\nThe Fenby Hall Trust has opened a new kitchen.\n\n"
        "The group works with the Orton Police rural team.\n"
    )
    assert ("Fenby Hall Trust", "Orton Police") not in together(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Trust is working with Fenby Reading Network, whose members will "
        "transcribe the recordings, and with Orton Valley Academy, where pupils will "
        "write a radio play.",
        "The Trust is also working with Fenby Reading Network on holiday meals and "
        "with Orton Valley Academy on a careers fair.",
    ],
)
def test_a_second_with_names_more_it_worked_with(sentence):
    found = together(_OPENING + sentence + "\n")
    assert ("Kelby Heritage Trust", "Fenby Reading Network") in found
    assert ("Kelby Heritage Trust", "Orton Valley Academy") in found
