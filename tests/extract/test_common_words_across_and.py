"""Names cut in two at "and" though one side is made of common words that name
nothing alone (mentions/and_parts.py): "Rural Carers and Youth Support Team Kelby"
(common words on both sides, ending in a body's head word or a place) and "Dalby
District Community and Voluntary Solutions" (common words closing the run); while a
name closed by a describing word ("Parks Connected and Family Support Trust"), or by a
body's head word, even a weak one ("Kelby Youth Club and Local Families"), keeps
two. Fictional names.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from collabgraph.extract.mentions import and_parts
from tests.extract.reading import entities


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


def test_common_words_on_both_sides_ending_in_a_place_are_one_name(monkeypatch):
    # the gazetteer holds real places only: read the made-up Kelby as one
    monkeypatch.setattr(and_parts, "is_uk_place", lambda word: word == "Kelby")
    names = _names(
        "The fund will work with Rural Carers and Youth Support Team Kelby, Foo Trust "
        "and Bar Cymru."
    )
    assert "Rural Carers and Youth Support Team Kelby" in names
    assert "Rural Carers" not in names


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The event was delivered in partnership between Dalby District Community and "
            "Voluntary Solutions, and Dalby City Council.",
            "Voluntary Solutions",
        ),
        (
            "Tom Reed joined Kelby Neighbourhood Care and Local Solutions last year.",
            "Local Solutions",
        ),
    ],
)
def test_common_words_closing_the_run_after_and_are_no_body_of_their_own(text, part):
    assert part not in _names(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ada Brook thanked Kelby Youth Club and Local Families for coming.", "Kelby Youth Club"),
        (
            "Ada Brook thanked the Kelby Rotary Club and Local Business Owners for coming.",
            "Kelby Rotary Club",
        ),
    ],
)
def test_a_weak_head_word_before_and_closes_the_body(text, body):
    names = _names(text)
    assert body in names
    assert not [n for n in names if " and " in n]


def _tagged(words: list[str], tags: list[str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    for tok, tag in zip(doc, tags, strict=True):
        tok.tag_ = tag
    return doc


@pytest.mark.parametrize(("tag", "one_name"), [("NN", True), ("VBN", False)])
def test_a_describing_word_closing_the_first_name_keeps_two_bodies(tag, one_name):
    # "Parks Connected and Family Support Trust": "Connected" read as a describing
    # word closes a body named by what it is; read as a noun, a field it is named for
    doc = _tagged(
        ["Parks", "Connected", "and", "Family", "Support", "Trust"],
        ["NNS", tag, "CC", "NN", "NN", "NNP"],
    )
    assert and_parts.common_words_across_and(doc, 0, 2, 3, 6) is one_name
