"""Reports named by their year: "the Foundation's 2030 Annual Report", "our 2030/2031
Annual Report". A year (or a span of years) after a possessive opens the report's
name (`vocab/year_name_after.txt`), and the body that owns it published it: the one
named before "'s", or for "our" the page's own (`rules.own_words.ours`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _reports(seed: dict) -> list[str]:
    return [e["name"] for e in seed["entities"] if e["type"] == "Report"]


@pytest.mark.parametrize("year", ["2030", "2030/31"])
def test_a_bodys_report_named_by_its_year_is_a_report_it_published(year):
    seed = extract_text(
        f"Ada Brook shared findings from the Fenby Foundation's {year} Annual Report.\n"
    )
    assert f"{year} Annual Report" in _reports(seed), seed["entities"]
    published = pairs(seed, "PUBLISHED")
    assert ("Fenby Foundation", f"{year} Annual Report") in published, seed["relations"]


def test_our_report_was_published_by_the_pages_own_body():
    seed = extract_text(
        "---\nurl: https://www.kelbyhomes.org.uk/news/big-day-out\n---\n\n"
        "Kelby Homes holds its Big Day Out\n\n"
        "Kelby Homes welcomed 200 tenants to Dalby Hall on Saturday.\n\n"
        "Tenants watched our 2030/2031 Impact Report film before lunch.\n",
        path="day.txt",
    )
    assert "2030/2031 Impact Report" in _reports(seed), seed["entities"]
    assert ("Kelby Homes", "2030/2031 Impact Report") in pairs(seed, "PUBLISHED"), seed["relations"]


def test_a_year_after_in_still_opens_no_name():
    seed = extract_text("In 2030 Fenby Foundation published a report on housing.\n")
    assert not [n for n in _reports(seed) if n[:1].isdigit()], seed["entities"]
