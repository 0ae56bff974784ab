"""A funders' list, one funder a line (`rules/funder_lines.py`): under a line of
funders, "Funder - Project" funded the project the line names, "Funder - core
costs" funded the page's own body. Fictional bodies, made-up wording; lines that
must give nothing."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

PAGE = (
    "Tarnby Youth Trust annual review\n\n"
    "Tarnby Youth Trust runs two youth centres in Tarnby. Our mentoring programme, "
    "Next Rung, is run with Tarnby Business Forum.\n\n"
)


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


def test_a_funder_line_naming_a_project_funded_it():
    funded = _funded(
        PAGE + "Thank you to our funders\n"
        "Tarnby City Council - youth centre grants\n"
        "The Orley Foundation - Next Rung\n"
        "The Wexholm Trust - core costs\n"
    )
    assert ("Orley Foundation", "Next Rung") in funded
    assert ("Tarnby City Council", "Tarnby Youth Trust") in funded
    assert ("Wexholm Trust", "Tarnby Youth Trust") in funded


def test_lines_under_another_heading_give_no_funding():
    funded = _funded(
        PAGE + "Our partners\n"
        "Tarnby City Council - youth centre referrals\n"
        "The Orley Foundation - Next Rung\n"
    )
    assert not {f for f, _ in funded} & {"Tarnby City Council", "Orley Foundation"}


def test_a_partner_line_with_a_verb_is_no_funder():
    funded = _funded(
        PAGE + "Our partners and funders\n"
        "Tarnby Sports Network - we have been members since 2022\n"
        "The Wexholm Trust - core funding, 2024-2027\n"
    )
    assert ("Wexholm Trust", "Tarnby Youth Trust") in funded
    assert not any(f == "Tarnby Sports Network" for f, _ in funded)
