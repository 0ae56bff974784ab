"""A programme's name opening a sentence with a gerund ("Moving Forward is a
twelve-week employment programme", "Staying Well Dalby is run by Foo") keeps its
first word (mentions/run_starts._programme_set_off); a clause a gerund opens is
no name."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _names(text: str) -> set[str]:
    return {e["name"] for e in extract_text(text, path="page.txt")["entities"]}


def test_a_gerund_opening_a_described_programme_stays_in_its_name():
    assert "Moving Forward" in _names(
        "Moving Forward is a twelve-week employment programme for refugees in Fenby."
    )
    assert "Growing Together Kelby" in _names(
        "Growing Together Kelby is a community food-growing project on the Marsh estate."
    )


def test_a_gerund_opening_a_programme_run_by_a_body_stays_in_its_name():
    seed = extract_text("Staying Well Dalby is run by Tern Trust.", path="page.txt")
    assert ("Tern Trust", "Staying Well Dalby") in pairs(seed, "RUNS")


def test_a_clause_a_gerund_opens_names_nothing():
    names = _names("Working with Fenby Council is a big part of our plan.")
    assert not any(n.startswith("Working") for n in names)
    names = _names("Reaching Older People is hard in a rural county like ours.")
    assert not any(n.startswith("Reaching") for n in names)
