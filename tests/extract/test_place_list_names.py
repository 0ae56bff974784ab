"""Bodies named for the several places they serve, listed with commas and "and"
(mentions/place_list_names.py). Fictional bodies; real places only from the
gazetteer."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


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
