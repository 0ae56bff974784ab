"""A table of grants in "|" cells with no lead-in ending in a colon ("Organisation |
Area | Amount" under a paragraph): each row's body was FUNDED by the funder in
view, else by the body the page's title or masthead names; a panel that decided
the grants ("the Grants Committee") is no funder, and a row's name under a heading
of bodies is a body's even with no column of where (rules/grant_lists.py,
mentions/table_columns.py). Made-up bodies and places."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_of


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


def test_rows_funded_by_the_trust_that_makes_grants() -> None:
    text = (
        "Grants made: spring round\n\n"
        "The Orvel Brook Charitable Trust makes grants to small charities in Fenby. "
        "The trustees met in March and agreed the following awards.\n\n"
        "Organisation | Location | Purpose | Amount\n"
        "Friends of Dunley Woods | Dunley | tree planting | £2,500\n"
        "Kelby Young Carers | county-wide | respite trips | £6,000\n"
    )
    found = _funded(text)
    assert ("Orvel Brook Charitable Trust", "Friends of Dunley Woods") in found
    assert ("Orvel Brook Charitable Trust", "Kelby Young Carers") in found


def test_masthead_body_funds_rows_decided_by_its_committee() -> None:
    text = (
        "Ormley Community Foundation\n"
        "Grants awarded: Warm Homes Fund, Round 2\n\n"
        "The following awards were approved by the Grants Committee on 3 May.\n\n"
        "Organisation | Area | Amount | Purpose\n"
        "Dalby Community Kitchen | Dalby | £7,500 | Hot meals\n"
        "Holt Valley Debt Advice | county-wide | £15,000 | A caseworker\n"
    )
    found = _funded(text)
    assert ("Ormley Community Foundation", "Dalby Community Kitchen") in found
    assert ("Ormley Community Foundation", "Holt Valley Debt Advice") in found
    assert not any(funder == "Grants Committee" for funder, _ in found)


def test_total_line_names_no_funder() -> None:
    text = (
        "Westby Sports Trust — Round 4 awards\n\n"
        "Total awarded: £20,000 to three clubs.\n\n"
        "Organisation | Town | Project | Award\n"
        "Kelby Harriers | Kelby | Running for new mums | £4,500\n"
        "Dalby Bowls Club | Dalby | A level green path | £12,000\n"
    )
    found = _funded(text)
    assert ("Westby Sports Trust", "Kelby Harriers") in found
    assert not any(funder == "Total" for funder, _ in found)


def test_row_names_under_organisation_are_bodies_without_a_town_column() -> None:
    text = (
        "Round 3 grants\n\n"
        "Organisation | Project | Amount\n"
        "Dunley Village Hall | Warm space | £900\n"
        "Ormley Youth Theatre | Bursaries | £1,200\n"
    )
    kinds = types_of(text)
    assert kinds.get("Dunley Village Hall") == "Organisation"
    assert kinds.get("Ormley Youth Theatre") == "Organisation"
