"""The page's own sites said with "our": "our depot on Kiln Road", "Our main base is
at 12 Quarry Street, Selby" place the page's body (rules/our_sites.py); a former site
or someone else's does not. A named body's own site places that body
(`our_sites.named_sites`): "Fenby Arts' studio on Mill Street", "its workshop on Kiln
Lane"; not a site someone else owns, a former one, nor a hall a body is named with."""

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


_NEWS = "Kelby news\n\nA round-up of the month.\n\n"


@pytest.mark.parametrize(
    ("sentence", "body", "place"),
    [
        ("The walk starts at Fenby Arts' studio on Mill Street at 11am.",
         "Fenby Arts", "Mill Street"),
        ("The June meeting was hosted by Kelby Men's Shed in their workshop on Kiln Lane.",
         "Kelby Men's Shed", "Kiln Lane"),
        ("Drop old laptops at the Tern Reuse CIC depot on Mill Yard.",
         "Tern Reuse CIC", "Mill Yard"),
        ("Ada Foss Hospice runs nine shops, including its furniture warehouse on Dock Road.",
         "Ada Foss Hospice", "Dock Road"),
    ],
)  # fmt: skip
def test_a_place_of_a_site_a_named_body_owns_places_the_body(sentence, body, place):
    seed = extract_text(_NEWS + sentence + "\n", path="page.txt")
    assert (body, place) in pairs(seed, "LOCATED_IN")


@pytest.mark.parametrize(
    ("sentence", "body", "place"),
    [
        ("Kelby Trust moved out of its old office on Dock Road last year.",
         "Kelby Trust", "Dock Road"),
        ("Jo Tern thanked Kelby Trust for the loan of her studio on Mill Street.",
         "Kelby Trust", "Mill Street"),
        ("The Fenby Mission hall on Tern Street was full for the concert.",
         "Fenby Mission", "Tern Street"),
        ("Kelby Trust has lent its depot on Dock Road to the food bank.",
         "Kelby Trust", "Dock Road"),
    ],
)  # fmt: skip
def test_a_site_the_body_does_not_own_now_does_not_place_it(sentence, body, place):
    seed = extract_text(_NEWS + sentence + "\n", path="page.txt")
    assert (body, place) not in pairs(seed, "LOCATED_IN")
