"""The page's own sites said with "our": "our depot on Kiln Road", "Our main base is
at 12 Quarry Street, Selby" place the page's body (rules/our_sites.py); a former site
or someone else's does not."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_OPENING = "Tarn Recovery Trust\n\nTarn Recovery Trust supports people in recovery in Goole. "


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(_OPENING + text + "\n", path="page.txt"), "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Thank you to the volunteers who sorted two tonnes of food at our depot on Kiln Road.",
         {"Kiln Road"}),
        ("Our main base is at 12 Quarry Street, Selby.", {"Quarry Street", "Selby"}),
        ("This spring we opened our second workshop in Whitby.", {"Whitby"}),
    ],
)  # fmt: skip
def test_a_place_of_a_site_our_owns_places_the_pages_body(sentence, places):
    assert {("Tarn Recovery Trust", p) for p in places} <= _located(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenby Council has lent its depot on Kiln Road to the project.",
        "We thanked Fenby Council for the use of its depot on Kiln Road.",
    ],
)
def test_someone_elses_site_does_not_place_the_pages_body(sentence):
    assert ("Tarn Recovery Trust", "Kiln Road") not in _located(sentence)
