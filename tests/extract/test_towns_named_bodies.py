"""A one-word town beside a body named after it stays the town: "into Ayton and
Fenby" and "the Fenby Family Hub" are a place and a body, not one body written
two ways; the body called by its first word ("Brindle said") is still the body."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import located


def _places(text: str) -> set[str]:
    seed = extract_text(text, path="page.txt")
    return {e["name"] for e in seed["entities"] if e["type"] == "Place"}


def _aliases(text: str, name: str) -> set[str]:
    seed = extract_text(text, path="page.txt")
    entity = next(e for e in seed["entities"] if e["name"] == name)
    return set(entity.get("aliases", ()))


@pytest.mark.parametrize(
    ("text", "town", "body"),
    [
        (
            "The Kelby Trust is extending its service into Ayton and Fenby this spring. "
            "Families can book sessions from the Fenby Family Hub on Mondays.",
            "Fenby",
            "Fenby Family Hub",
        ),
        (
            "Volunteers deliver hot meals to older people across Dalby every week. "
            "The rota is kept by the Dalby Community Hub, which opened last year.",
            "Dalby",
            "Dalby Community Hub",
        ),
    ],
)
def test_town_after_where_word_is_no_short_form_of_body(text: str, town: str, body: str) -> None:
    assert town in _places(text)
    assert town not in _aliases(text, body)


def test_town_kept_gives_its_body_a_place() -> None:
    text = (
        "The Kelby Trust is extending its service into Ayton and Fenby this spring. "
        "Families can book sessions from the Fenby Family Hub on Mondays."
    )
    assert ("Fenby Family Hub", "Fenby") in located(text)


def test_body_called_by_its_first_word_is_still_the_body() -> None:
    text = (
        "Brindle Cancer Support has given £2,000 to the Kelby Trust. "
        "Brindle said it would match the sum next year."
    )
    assert "Brindle" not in _places(text)
    assert "Brindle" in _aliases(text, "Brindle Cancer Support")
