"""A name closed by a span of years ("Kelby Warm Spaces 2025/26", "Fenby Plan
2026-2029") is what a plan, programme or grant round covers, never an occasion;
a name closed by one year ("Stronger Futures 2031") still is."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _event_names(text: str) -> set[str]:
    return {e["name"] for e in events(extract_text(text))}


def test_a_grant_round_closed_by_a_span_of_years_is_no_event():
    names = _event_names(
        "Grants agreed\n\n"
        "Kelby Town Council agreed grants of £4,000 towards Kelby Warm Spaces 2025/26"
        " and £2,000 towards the Fenby Food Share.\n"
    )
    assert not any("2025/26" in n for n in names)


def test_a_contract_closed_by_a_span_of_years_is_no_event():
    names = _event_names(
        "Cabinet, 11 February 2031\n\n"
        "Item 7: Kelby Community Sector Infrastructure Contract 2026-2029\n\n"
        "Cabinet agreed to award the contract to Fenby Voluntary Action for three years.\n"
    )
    assert not any("2029" in n for n in names)


def test_a_name_closed_by_one_year_is_still_an_occasion():
    names = _event_names(
        "Stronger Futures 2031\n\n"
        "More than 200 people came to Stronger Futures 2031 at Kelby Town Hall on"
        " 4 May, organised by Fenby Trust.\n"
    )
    assert any(n.startswith("Stronger Futures") for n in names)
