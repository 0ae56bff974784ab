"""The Crown's offices of a county ("the High Sheriff of Kelbyshire", "the Lord
Lieutenant of Fenshire", "the Deputy Lieutenant for Tornshire"): the county after
the post is a place, not a body the holder works for."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts, types_in


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("The prizes were handed out by the High Sheriff of Orrowdale, Jo Penhale.", "Orrowdale"),
        ("The fair was opened by the Lord Lieutenant of Fenmarsh, Dame Ann Lorrimer.", "Fenmarsh"),
        ("Awards came from the Deputy Lieutenant for Brackenvale, Sam Tolley.", "Brackenvale"),
        ("The hub was opened by Dame Ruth Oakes, Lord-Lieutenant of Tullowshire.", "Tullowshire"),
    ],
)
def test_county_of_a_crown_office_is_a_place(text, county):
    seed = extract_text("Volunteer awards\n\n" + text + "\n", path="page.txt")
    assert "Organisation" not in types_in(seed, county)
    assert not any(o == county for _, _, o, _ in posts(seed))
