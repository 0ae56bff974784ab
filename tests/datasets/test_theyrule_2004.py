"""They Rule 2004: companies interlocked through the directors they share."""

from __future__ import annotations

import csv
from itertools import combinations
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "theyrule_2004_boards"
# Published with the data (tests/data/theyrule_2004_boards/SOURCE.md).
COMPANIES, INTERLOCKS, LARGEST, ISOLATED = 493, 1603, 433, 53


def interlocks_from_the_raw_seats() -> set[frozenset[str]]:
    """Company pairs sharing a director, straight from board_seats.csv."""
    with (DATA / "companies.csv").open(newline="", encoding="utf-8") as f:
        companies = {r["company_id"] for r in csv.DictReader(f)}
    boards: dict[str, set[str]] = {}
    with (DATA / "board_seats.csv").open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["company_id"] in companies:
                boards.setdefault(r["director_id"], set()).add(r["company_id"])
    return {frozenset(p) for seats in boards.values() for p in combinations(sorted(seats), 2)}


@pytest.mark.slow
def test_company_interlocks_match_the_published_figures(seeds, api_over):
    assert len(interlocks_from_the_raw_seats()) == INTERLOCKS
    client = api_over(seeds("theyrule_2004"))
    summary = client.get("/analysis/summary").json()
    assert summary["entity_types"] == {"Organisation": COMPANIES, "Person": 4307}
    assert summary["relation_types"] == {"MEMBER_OF": 5540}
    interlocks = summary["interlocks"]
    assert interlocks["nodes"] == COMPANIES
    assert interlocks["edges"] == INTERLOCKS
    assert interlocks["largest_component"] == LARGEST
    assert interlocks["isolated"] == ISOLATED
