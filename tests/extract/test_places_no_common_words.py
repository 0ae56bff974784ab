"""A one-word name the tagger reads as no proper noun (a plural common noun, an
adverb, a verb form, an adjective) is no place, whatever a preposition before it
votes: "grants to 12 Projects based in Kelby", "Jo Bell from Up in the Hills". A
town the gazetteer knows, or a one-word name read as a proper noun, stays a place."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


def places(text: str) -> set[str]:
    return {n for t, n in entities(text) if t == "Place"}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Foo Trust gave grants to 12 Projects based in Kelby and Fenby.", "Projects"),
        ("The fund gave grants to 40 Projects based in Kelby, Fenby and Dalby.", "Projects"),
        (
            "Young Volunteer of the Year award with Jo Bell (18) from Up in the Hills,"
            " and Sam Reed (17).",
            "Up",
        ),
    ],
)
def test_a_word_the_tagger_reads_as_no_proper_noun_is_no_place(text, word):
    assert word not in places(text)


@pytest.mark.parametrize(
    "text, towns",
    [
        ("Foo Trust gave grants to 12 Projects based in Kelby and Fenby.", {"Kelby", "Fenby"}),
        ("Jane Doe, who grew up in Brackwell, joined the Foo Trust.", {"Brackwell"}),
    ],
)
def test_a_known_town_or_a_proper_noun_stays_a_place(text, towns):
    assert towns <= places(text)
