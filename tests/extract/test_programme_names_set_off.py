"""Programmes named after their kind's noun and a dash, a colon or "the", and
quoted programmes a body's "its" / "their" owns (mentions/typed_names.py,
mentions/type_noun_votes.py, rules/programmes.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _kinds(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Most of the grants come from the trust's most popular grant programme – "
            "Westshire Grants for Good and include new kit.",
            "Westshire Grants for Good",
        ),
        (
            "We were inspired by the young ambassadors of our youth volunteering project, "
            "the Ladder of Hope, who told us how they began.",
            "Ladder of Hope",
        ),
    ],
)
def test_a_name_set_off_after_a_programme_noun_is_the_programme(sentence, name):
    seed = extract_text("Kelby news\n\n" + sentence + "\n")
    assert _kinds(seed, name) == {"Project"}


def test_a_list_of_speakers_after_an_event_noun_and_a_colon_is_not_read_so():
    seed = extract_text(
        "Kelby news\n\nWe held the conference: Ada Brook and Tom Reed spoke about housing.\n"
    )
    assert _kinds(seed, "Ada Brook") == {"Person"}


@pytest.mark.parametrize(
    ("line", "owner", "programme"),
    [
        (
            "- The Kelby Youth Trust in Dalby for their “Safe Online” project - a group "
            "work programme for young people.",
            "Kelby Youth Trust",
            "Safe Online",
        ),
        (
            "- Fenby Boxing Club in Northtown for their “Twelve Weeks of Strength” project "
            "- led by an all-female team.",
            "Fenby Boxing Club",
            "Twelve Weeks of Strength",
        ),
    ],
)
def test_a_quoted_programme_after_their_is_run_by_the_body(line, owner, programme):
    seed = extract_text(
        "Westshire Fund grants announced\n\nThe Westshire Fund has awarded grants to:\n"
        + line
        + "\n"
    )
    assert (owner, programme) in pairs(seed, "RUNS")


def test_a_hub_that_is_a_joint_venture_between_bodies_is_their_project():
    seed = extract_text(
        "New hub opens in Kelby\n\n"
        "A new hub to support carers has opened at Kelby Hospital.\n"
        "The Dalby Wellbeing Hub is a joint venture between Kelby Hospital NHS Trust (KHT) "
        "and Fenby Carers and aims to support carers.\n"
        "Inside the Dalby Wellbeing Hub, volunteers from KHT and Fenby Carers offer advice.\n"
    )
    assert _kinds(seed, "Dalby Wellbeing Hub") == {"Project"}
    assert {
        ("Kelby Hospital NHS Trust", "Dalby Wellbeing Hub"),
        ("Fenby Carers", "Dalby Wellbeing Hub"),
    } <= pairs(seed, "RUNS")
    assert ("Kelby Hospital NHS Trust", "Fenby Carers") in pairs(seed, "PARTNER_OF")


@pytest.mark.parametrize(
    ("sentence", "person", "programme"),
    [
        (
            "Jane Doe of Safe Steps, a falls prevention project, spoke to visitors.",
            "Jane Doe",
            "Safe Steps",
        ),
        (
            "Ann Bell from Open Doors, a deaf blind support project, showed a pillow alarm.",
            "Ann Bell",
            "Open Doors",
        ),
    ],
)
def test_a_person_of_a_described_programme_is_no_part_of_its_name(sentence, person, programme):
    seed = extract_text("Kelby news\n\n" + sentence + "\n")
    assert _kinds(seed, person) == {"Person"}
    assert _kinds(seed, programme) == {"Project"}
