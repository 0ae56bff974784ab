"""A page headed by a body's yearly report is an extract of it: "Kelby Trust -
Annual Report 2030/31 (extract)" gives the report under the heading's whole name,
published by the body the heading names, or the one named alone under it
(`page_reports`)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _reports(seed: dict) -> list[str]:
    return [e["name"] for e in seed["entities"] if e["type"] == "Report"]


def test_a_heading_naming_the_body_and_its_annual_report():
    seed = extract_text(
        "Kelby Youth Trust – Annual Report 2030/31 (extract)\n\n"
        "Thank you to our partners\n\n"
        "We could not have reached 400 young people without Fenby Council and "
        "the Dalby Foundation, who funded our summer club.\n"
    )
    name = "Kelby Youth Trust – Annual Report 2030/31"
    assert name in _reports(seed), seed["entities"]
    assert ("Kelby Youth Trust", name) in pairs(seed, "PUBLISHED"), seed["relations"]


def test_the_body_named_alone_under_the_heading_published_it():
    seed = extract_text(
        "Impact Report 2031: the highlights\n\n"
        "Fenby Community Foundation\n\n"
        "This year we gave 120 grants to groups across Kelby, with support from "
        "Kelby Council and the Dalby Trust.\n"
    )
    assert ("Fenby Community Foundation", "Impact Report 2031") in pairs(seed, "PUBLISHED"), seed[
        "relations"
    ]


def test_a_report_named_in_the_text_gives_no_heading_publisher():
    seed = extract_text(
        "Fenby groups meet at Kelby Hall\n\n"
        "Jo Tern of the Fenby Trust spoke about the Dalby Foundation's work. "
        "Ada Foss, who chairs Kelby Council, thanked everyone for coming.\n"
    )
    assert not pairs(seed, "PUBLISHED"), seed["relations"]
