"""A programme's name with the year of its round after its head word: "its Green
Lanes Fund 2031" is a programme its owner runs (rules/programmes.owned_programmes,
past the year), and the same name with another year on the page is that programme's
other round, a programme too (kind_evidence.rounds_of_programmes); a fund a body
owns ("its Green Lanes Fund") stays a programme where the page names it alone
(Mention.run_by_body). Made up; no corpus names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            "The Kelby Trust has opened applications for its Green Lanes Fund 2031, which "
            "will provide funding to groups.",
            "Green Lanes Fund 2031",
        ),
        (
            "Ashby Homes will again run its Warm Homes Programme 2030 across the county.",
            "Warm Homes Programme 2030",
        ),
    ],
)
def test_a_programme_owned_with_its_year_is_run_by_its_owner(text, programme):
    seed = _seed(text)
    assert _types(seed).get(programme) == "Project"
    assert any(to == programme for _, to in pairs(seed, "RUNS"))


def test_another_round_of_a_programme_is_a_programme():
    seed = _seed(
        "The Kelby Trust has opened applications for its Green Lanes Fund 2031, which will "
        "provide funding to groups. The Green Lanes Fund 2030 provided support to seven "
        "groups in Dalby."
    )
    assert _types(seed).get("Green Lanes Fund 2030") == "Project"


def test_a_fund_a_body_owns_stays_a_programme_however_often_named_alone():
    seed = _seed(
        "The Kelby Trust has opened applications for its Green Lanes Fund. The Green Lanes "
        "Fund will provide Core Grants worth £50,000. The Green Lanes Fund will continue to "
        "respond to the sector. The Green Lanes Fund has given out £2m."
    )
    assert _types(seed).get("Green Lanes Fund") == "Project"
    assert ("Kelby Trust", "Green Lanes Fund") in pairs(seed, "RUNS")
