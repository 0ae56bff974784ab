"""Bodies named for the several places they serve, listed with commas and "and"
(mentions/place_list_names.py). Fictional bodies; real places only from the
gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The project is run with partners Westshire Carers Trust and Barnstaple, "
            "Bideford and Ilfracombe Mind.",
            "Barnstaple, Bideford and Ilfracombe Mind",
        ),
        (
            "The partnership is made up of Northtown CVS, Westshire Carers Trust and "
            "Volunteer Centre Barnstaple, Bideford and Ilfracombe.",
            "Volunteer Centre Barnstaple, Bideford and Ilfracombe",
        ),
        (  # the last place is one the gazetteer writes with "and"
            "The strategy was written by Westshire Carers Trust and Durham, Darlington, "
            "Redcar and Cleveland NHS Foundation Trust.",
            "Durham, Darlington, Redcar and Cleveland NHS Foundation Trust",
        ),
    ],
)
def test_a_body_named_for_a_list_of_places_is_one_name(text, name):
    found = entities(text + "\n")
    assert ("Organisation", name) in found
    assert ("Organisation", "Westshire Carers Trust") in found


@pytest.mark.parametrize(
    "text",
    [
        "Grants went to charities in Barnstaple, Bideford and Ilfracombe last year.",
        "Barnstaple, Bideford and Ilfracombe will share the money.",
    ],
)
def test_places_listed_alone_stay_places(text):
    found = entities(text + "\n")
    assert {("Place", "Barnstaple"), ("Place", "Bideford"), ("Place", "Ilfracombe")} <= found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ada Brook chairs the Westshire Voluntary, Community, Faith and Social "
            "Enterprise Assembly, with Westshire Carers Trust.",
            "Westshire Voluntary, Community, Faith and Social Enterprise Assembly",
        ),
        (  # cut before its letters: the name the page gives in full
            "Westshire Carers Trust met the Northtown Voluntary, Community and Social "
            "Enterprise (VCSE) Alliance on Monday.",
            "Northtown Voluntary, Community and Social Enterprise",
        ),
    ],
)
def test_a_body_whose_name_lists_the_fields_of_its_sector_is_one_name(text, name):
    found = entities(text + "\n")
    assert ("Organisation", name) in found
    assert ("Organisation", "Westshire Carers Trust") in found
    assert not any(n.startswith(("Community", "Faith")) for _, n in found)


def test_the_fields_of_a_sector_without_a_body_after_them_name_no_body():
    found = entities(
        "Westshire Carers Trust works with the Voluntary, Community and Social "
        "Enterprise (VCSE) sector across Northtown.\n"
    )
    assert not any(n.startswith("Voluntary, Community") for _, n in found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tom Reed, Chief Executive of Barnstaple, Bideford and Ilfracombe Mind, spoke.",
            "Barnstaple, Bideford and Ilfracombe Mind",
            "chief executive",
        ),
        (
            "Ada Brook, Director of Barnstaple, Bideford and Ilfracombe NHS, opened the hub.",
            "Barnstaple, Bideford and Ilfracombe NHS",
            "director",
        ),
    ],
)
def test_a_body_named_for_places_after_a_posts_of_is_one_name(text, name, role):
    seed = extract_text(text + "\n", path="page.txt")
    assert ("Organisation", name) in {(e["type"], e["name"]) for e in seed["entities"]}
    person = text.split(",")[0]
    assert (person, "WORKS_FOR", name, role) in rows(seed, {"WORKS_FOR"})
