"""A staff list's "Jane Doe – Family Link Worker" line: the words after the dash,
in capitals and ending in a post's word, are the post (held at the page's own body),
whatever field words open it; a body's name before a post keeps its reading."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_HEAD = (
    "Meet the team\n\nKelby Carers Network is a small charity in Fenby. "
    "Here are the people you will meet.\n\n"
)


def _works(lines: str) -> set[tuple[str, str]]:
    seed = extract_text(_HEAD + lines + "\n", path="page.txt")
    return {(f, t) for f, _, t, _ in rows(seed, {"WORKS_FOR"})}


def test_field_words_before_a_post_word_make_the_post():
    found = _works(
        "Ada Foss – Parks and Play Officer\n"
        "Ada helps local clubs with their funding bids.\n\n"
        "Jo Tern – Play and Leisure Lead\n"
        "Jo runs the holiday programme.\n"
    )
    assert {("Ada Foss", "Kelby Carers Network"), ("Jo Tern", "Kelby Carers Network")} <= found


def test_a_possessive_field_and_a_bracket_after_the_post():
    seed = extract_text(
        _HEAD + "Ada Foss — Tenants' Welfare Coordinator\nAda runs our cafés.\n\n"
        "Jo Tern — Family Link Worker (part-time)\nJo works with schools.\n",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Tenants' Welfare" not in names
    assert "Family Link Worker" not in names
    found = {(f, t) for f, _, t, _ in rows(seed, {"WORKS_FOR"})}
    assert {("Ada Foss", "Kelby Carers Network"), ("Jo Tern", "Kelby Carers Network")} <= found


def test_a_body_named_before_the_post_is_not_taken_for_a_field():
    seed = extract_text(
        _HEAD + "Ada Foss – Fenby Housing Trust Lead\nAda links our work with the trust.\n",
        path="page.txt",
    )
    assert "Fenby Housing Trust" in {e["name"] for e in seed["entities"]}
