"""A name a noun of something run describes, run or delivered by a body ("Kelby Skills
Fortnight, which is the annual campaign run by Foo", "Warm Welcome is a weekly scheme
delivered by Foo", "Orrinlight weekly drop-ins run by Foo") is a programme the body
runs. Kinds seen on pages of three sites; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("sentence", "body", "programme"),
    [
        (
            "Most recently, an analysis of Kelby Skills Fortnight, which is the flagship annual "
            "digital inclusion campaign run by Fenby Things Foundation, stressed the role "
            "of libraries.",
            "Fenby Things Foundation",
            "Kelby Skills Fortnight",
        ),
        (
            "Warm Welcome is a weekly scheme delivered by Fenby Trust for young carers.",
            "Fenby Trust",
            "Warm Welcome",
        ),
        (
            "Participants assembled care packs for Orrinlight weekly drop-ins run by Kelby Church.",
            "Kelby Church",
            "Orrinlight",
        ),
    ],
)
def test_a_name_described_as_run_by_a_body_is_its_programme(sentence, body, programme):
    seed = _seed(f"Kelby news\n{sentence}\n")
    assert (body, programme) in pairs(seed, "RUNS")
    assert {e["type"] for e in seed["entities"] if e["name"] == programme} == {"Project"}


def test_a_body_run_by_volunteers_is_no_programme():
    seed = _seed("Kelby news\nDalby Food Bank, a charity run by Fenby Trust, opened in May.\n")
    assert not pairs(seed, "RUNS")


def test_a_name_cut_at_a_small_word_is_not_taken():
    seed = _seed(
        "Kelby news\nThe gift will fund the charity's Help in Hard Times helpline, run by "
        "Kelby Advice, which helps many people.\n"
    )
    assert ("Kelby Advice", "Hard Times") not in pairs(seed, "RUNS")


def test_a_quoted_name_before_the_run_noun_is_the_programme_whatever_its_words():
    seed = _seed(
        "Kelby news\nThirteen young adults have graduated from the latest ‘Step Into "
        "Hospital’ work opportunity programme, run by Kelby Hospitals NHS Trust.\n"
    )
    assert ("Kelby Hospitals NHS Trust", "Step Into Hospital") in pairs(seed, "RUNS")
    assert {e["type"] for e in seed["entities"] if e["name"] == "Step Into Hospital"} == {"Project"}
