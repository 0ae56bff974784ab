"""A name opening with an area's kind then "of" ("City of Kelby", "the Borough of
Dale") names the area, a place; with more words before ("Royal Borough of Kelby")
or after ("City of Kelby Council") it names the council, a body."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _types(sentence: str) -> dict[str, str]:
    seed = extract_text(f"News.\n\n{sentence}\n", path="page.txt")
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("The aim is that City of Kelby residents have a distinct voice.", "City of Kelby"),
        ("The Lord Mayor thanked volunteers across the City of Kelby.", "City of Kelby"),
        ("Foo Trust works with families in the Borough of Dale.", "Borough of Dale"),
    ],
)
def test_an_area_named_by_its_kind_is_a_place(sentence, area):
    assert _types(sentence).get(area) == "Place"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Ada Brook, leader of the Royal Borough of Kelby, spoke.", "Royal Borough of Kelby"),
        ("The City of Kelby Council funded the work.", "City of Kelby Council"),
        ("The Corporation of Kelby funded the work.", "Corporation of Kelby"),
    ],
)
def test_a_council_named_for_its_area_stays_a_body(sentence, body):
    assert _types(sentence).get(body) == "Organisation"


def test_a_body_named_for_an_area_of_the_page_is_in_it():
    seed = extract_text(
        "Watchdog keeps its board.\n\n"
        "Healthwatch City of Kelby will recruit a new chair.\n\n"
        "The watchdog serves people across the City of Kelby.\n",
        path="page.txt",
    )
    assert ("Healthwatch City of Kelby", "City of Kelby") in pairs(seed, "LOCATED_IN")
