"""A sentence that ends where a rule's cue does ("Dear partners," as a greeting line, a
lone "Also" between paragraphs) is read without error, and the rest of the page as
before."""

from __future__ import annotations

import pytest

from collabgraph.extract.pipeline import extract_text


def _relations(text: str) -> set[tuple[str, str, str]]:
    seed = extract_text(text)
    return {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


@pytest.mark.parametrize("greeting", ["Dear partners,", "Hi partners,", "Hello partners"])
def test_a_greeting_line_ending_in_a_list_noun(greeting):
    body = "Kelby Trust runs a lunch club in Fenby."
    assert ("Kelby Trust", "LOCATED_IN", "Fenby") in _relations(f"{greeting}\n\n{body}")


def test_a_lone_framing_word_between_paragraphs():
    text = (
        "Kelby Trust runs a lunch club in Fenby.\n\nAlso\n\nDale Homes opened an office in Ayton."
    )
    relations = _relations(text)
    assert ("Kelby Trust", "LOCATED_IN", "Fenby") in relations
    assert ("Dale Homes", "LOCATED_IN", "Ayton") in relations
