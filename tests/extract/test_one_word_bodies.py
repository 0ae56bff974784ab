"""A body named with one word: an everyday English word or a given name alone is
no body's name unless the page writes it as one. Made-up write-ups; each stands
for a kind of fault seen on pages (phase 11): the recogniser calls a thanked
person's first name, a party or a word of a heading an organisation.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.mentions.common_words import everyday_word
from tests.extract.reading import entities, pairs


def _bodies(text: str) -> set[str]:
    return {n for t, n in entities(text) if t == "Organisation"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Westshire Hospice staff told Amanda about their work.", "Amanda"),
        (
            "Cllr Ada Brook, who joined Labour in 1990, opened the Westshire Hospice garden.",
            "Labour",
        ),
    ],
)
def test_a_word_alone_is_no_body(text, word):
    """A first name or an everyday word that nothing on the page makes a body is
    not listed as an organisation; the body beside it still is."""
    bodies = _bodies(text)
    assert word not in bodies
    assert "Westshire Hospice" in bodies


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("In Northtown, The Forge receives £90,000 from the Northtown Fund.", "Forge"),
        ("Funding from the Treasury will go to Westshire Council.", "Treasury"),
        ("Rent arrears advice came from Crisis and Northtown Citizens Advice.", "Crisis"),
    ],
)
def test_a_body_named_with_a_word_is_kept(text, body):
    """Written as "the X", or listed with other bodies as a source of help: a
    body's name, though it is an English word."""
    assert body in _bodies(text)


def test_everyday_words_are_told_from_names():
    assert everyday_word("Community") and everyday_word("Jobs")
    assert not everyday_word("Patel") and not everyday_word("Nominet")
    assert not everyday_word("NHS")


def test_a_body_named_with_its_head_word_alone_after_of():
    """A charity whose one-word name is also a body's head word ("Mind", as in
    "Westshire Mind") is a body when written in title case right after "of":
    its chief executive works for it."""
    text = "Ada Brook, chief executive of Mind, spoke at the Westshire Wellbeing Summit."
    assert "Mind" in _bodies(text)
    assert ("Ada Brook", "Mind") in pairs(extract_text(text, path="page.txt"), "WORKS_FOR")


def test_an_acronym_head_in_the_plural_is_no_body():
    """ "help with CVs": a head word's letters written as a plural are a thing, not a
    body named after "with"."""
    text = "Volunteers at Westshire Hospice helped tenants with CVs and job applications."
    assert "CVs" not in _bodies(text)
