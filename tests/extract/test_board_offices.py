"""Offices of a body that are seats, not jobs: a president or vice-president of an
association is MEMBER_OF it, not WORKS_FOR; and the body a post is at, named
twice ("Foo Trust", "Foo NHS Trust"), is one body."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    "sentence, body, role",
    [
        (
            "Ada Brook, President of the Northtown Tenants Association, spoke.",
            "Association",
            "president",
        ),
        (
            "Ada Brook, Vice-President of the Northtown Tenants Union, spoke.",
            "Union",
            "vice-president",
        ),
    ],
)
def test_a_president_sits_in_the_body(sentence, body, role):
    rows = posts(extract_text(sentence + "\n"))
    assert ("Ada Brook", "MEMBER_OF", f"Northtown Tenants {body}", role) in rows
    assert not any(k == "WORKS_FOR" for who, k, _, _ in rows if who == "Ada Brook")


def test_a_trust_named_without_nhs_is_the_nhs_trust():
    seed = extract_text(
        "Westshire Hospitals Trust has a new chair.\n\n"
        "Ada Brook, chair of Westshire Hospitals NHS Trust, said she was delighted.\n"
    )
    names = {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}
    assert "Westshire Hospitals Trust" not in names
    assert ("Ada Brook", "MEMBER_OF", "Westshire Hospitals NHS Trust", "chair") in posts(seed)


_PAGE = (
    "Ada Brook steps down from Northtown Housing Group\n\n"
    "Northtown Housing Group thanked her for her work.\n\n"
)


@pytest.mark.parametrize(
    "sentence, kind, role",
    [
        ("Tom Reed, a trustee of the charity, said it was sad.", "MEMBER_OF", "trustee"),
        ("Tom Reed, chairman of the organisation, said it was sad.", "MEMBER_OF", "chairman"),
        ("A room is named after Tom Reed, a trustee of the charity.", "MEMBER_OF", "trustee"),
        ("Tom Reed, the chief executive of the charity, said so.", "WORKS_FOR", "chief executive"),
    ],
)
def test_a_post_at_the_charity_named_by_its_kind_is_at_the_page_body(sentence, kind, role):
    rows = posts(extract_text(_PAGE + sentence + "\n"))
    assert ("Tom Reed", kind, "Northtown Housing Group", role) in rows


def test_a_post_before_a_titled_name_is_at_the_page_body():
    seed = extract_text(
        "Northtown Hospitals NHS Trust news\n\n"
        "Northtown Hospitals NHS Trust has a new chair.\n\n"
        "Chief executive Tom Reed and chief nurse Professor Ada Brook both stepped down.\n"
    )
    rows = posts(seed)
    assert ("Ada Brook", "WORKS_FOR", "Northtown Hospitals NHS Trust", "chief nurse") in rows


def test_a_brief_of_listed_fields_is_not_a_body():
    seed = extract_text(
        "Northtown City Council signs a new agreement with local charities.\n\n"
        "The agreement runs for five years.\n\n"
        "Councillor Ada Brook, cabinet member for Health and Wellbeing said: “We are pleased.”\n"
    )
    rows = posts(seed)
    assert not any(to == "Health and Wellbeing" for _, _, to, _ in rows)
    assert any(w == "Ada Brook" and to == "Northtown City Council" for w, _, to, _ in rows)
