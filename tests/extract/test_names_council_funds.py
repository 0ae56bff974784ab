"""A fund named right after its council, with no "'s" ("the Kelby Town Council
Green Fund"), is the council's own pot: the council is a body of its own that runs
the fund and gives its grants, as with "Kelby Town Council's Green Fund"
(mentions/piece_cuts._split_council_fund, rules/programmes._council_fund).
Fictional names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text + "\n", path="page.txt")


def test_the_council_gives_the_grant_from_its_fund() -> None:
    seed = _seed("The Fenby Men's Shed has been awarded £900 by the Kelby Town Council Green Fund.")
    assert ("Kelby Town Council", "Fenby Men's Shed") in pairs(seed, "FUNDED")
    assert ("Kelby Town Council", "Green Fund") in pairs(seed, "RUNS")
    fund = next(e for e in seed["entities"] if e["name"] == "Green Fund")
    assert "Kelby Town Council Green Fund" in fund.get("aliases", [])


def test_the_fund_is_a_programme_not_a_funder() -> None:
    seed = _seed("Tern Pantry received a grant from the Dalby County Council Warm Homes Fund.")
    kinds = {e["name"]: e["type"] for e in seed["entities"]}
    assert kinds.get("Dalby County Council") == "Organisation"
    assert kinds.get("Warm Homes Fund") == "Project"
    assert not any(f == "Warm Homes Fund" for f, _ in pairs(seed, "FUNDED"))


def test_a_fund_with_no_council_before_it_stays_whole() -> None:
    seed = _seed("Tern Pantry received a grant from the Kelby Community Foundation Green Fund.")
    names = {e["name"] for e in seed["entities"]}
    assert "Kelby Community Foundation Green Fund" in names
