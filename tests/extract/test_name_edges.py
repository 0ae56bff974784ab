"""Where a name's edges are, and when a name is only a word about another: small
write-ups, made up, one kind of fault from real pages (issue 11) each.

A brand used as an adjective of the body that owns it, the area of a job title
after a dash or before the title, names joined by "in", a ship, a body's short
form that drops its first word.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def entities(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in seed(text)["entities"]}


def names(text: str) -> set[str]:
    return {name for _, name in entities(text)}


def works_for(text: str) -> set[tuple[str, str, str]]:
    return {
        (r["from"], r["to"], r.get("role", ""))
        for r in seed(text)["relations"]
        if r["type"] == "WORKS_FOR"
    }


# ------------------------------------------------ a brand used as an adjective


@pytest.mark.parametrize(
    "text",
    [
        "Brackenfield Youth Club received £9,000 of Westfield Lottery funding from "
        "The Westfield Lottery Community Fund. Thanks to Westfield Lottery players, "
        "the club can stay open.",
        "The Westfield Lottery Heritage Fund gave Dalby Museum a grant. Westfield "
        "Lottery money keeps the doors open.",
    ],
)
def test_a_brand_used_only_as_an_adjective_of_its_body_is_not_a_second_body(text):
    found = names(text)
    assert "Westfield Lottery" not in found
    assert any(n.startswith("Westfield Lottery ") for n in found)


def test_a_brand_named_on_its_own_stays_a_body():
    text = (
        "Brackenfield Youth Club received £9,000 of Westfield Lottery funding. "
        "We thank the Westfield Lottery for its support."
    )
    assert ("Organisation", "Westfield Lottery") in entities(text)


# ------------------------------------------------ the area of a job title


@pytest.mark.parametrize(
    ("text", "person", "org", "role"),
    [
        (
            "Sam Lee, Director of Wales – North & West at The Westfield Heritage Fund, said: "
            '"We are delighted."',
            "Sam Lee",
            "Westfield Heritage Fund",
            "Director of Wales – North & West",
        ),
        (
            "Ann Bell, Head of Policy – Scotland at Dalby Trust, welcomed the news.",
            "Ann Bell",
            "Dalby Trust",
            "Head of Policy – Scotland",
        ),
    ],
)
def test_an_area_after_a_dash_belongs_to_the_job_title(text, person, org, role):
    found = names(text)
    assert not found & {"Wales", "North & West", "Scotland", "North", "West"}
    assert (person, org, role) in works_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "A former Dorset Police and Crime Commissioner, Ann Bell joined the board of "
        "Dalby Trust in 2019.",
        "Ann Bell, the Dorset Police and Crime Commissioner, visited Dalby Trust.",
    ],
)
def test_a_place_before_a_job_title_is_its_area_not_a_body(text):
    found = entities(text)
    assert ("Person", "Ann Bell") in found
    assert not any(n.startswith("Dorset") for _, n in found)


def test_a_council_keeps_its_head_word_before_a_job_title():
    text = "Northtown Council Leader Jane Doe opened the hub."
    assert ("Jane Doe", "Northtown Council", "Council Leader") in works_for(text)
