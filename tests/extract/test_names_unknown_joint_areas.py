"""A public body named for two areas no gazetteer or page knows is one name across
"and" (mentions/joint_areas.unknown_areas_body, vocab/joint_area_public_tails.txt):
"Orby and Wyke NHS Foundation Trust", not "Orby" and "Wyke NHS Foundation Trust".
Fictional names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs


def _names(text: str) -> set[str]:
    return {n for _, n in entities(text + "\n")}


@pytest.mark.parametrize(
    ("text", "name", "half"),
    [
        (
            "Jo Tern, Chief Operating Officer, Orby and Wyke NHS Foundation Trust, opened the day.",
            "Orby and Wyke NHS Foundation Trust",
            "Wyke NHS Foundation Trust",
        ),
        (
            "Speakers: Ada Foss (Medical Director, Tolby and Marrowick Integrated Care Board).",
            "Tolby and Marrowick Integrated Care Board",
            "Marrowick Integrated Care Board",
        ),
        (
            "Ada Foss, Clinical Director, Quenby and Harle Valley Primary Care Network, spoke.",
            "Quenby and Harle Valley Primary Care Network",
            "Harle Valley Primary Care Network",
        ),
    ],
)
def test_two_unknown_areas_name_one_public_body(text: str, name: str, half: str) -> None:
    names = _names(text)
    assert name in names
    assert half not in names


def test_a_list_item_after_the_joint_body_stays_its_own() -> None:
    text = "The plan was drawn up with Orby and Wyke NHS Foundation Trust and Healthwatch Tolby."
    names = _names(text)
    assert "Orby and Wyke NHS Foundation Trust" in names
    assert "Orby" not in names


def test_the_joint_body_is_the_employer() -> None:
    seed = extract_text(
        "Jo Tern, Chief Executive of Quenby and Tolby NHS Trust, said the ward would open.\n",
        path="page.txt",
    )
    assert ("Jo Tern", "Quenby and Tolby NHS Trust") in pairs(seed, "WORKS_FOR")


def test_an_everyday_word_before_and_stays_a_body_of_its_own() -> None:
    names = _names("Grants came from Shelter and Wyke County Council this year.")
    assert "Shelter and Wyke County Council" not in names
