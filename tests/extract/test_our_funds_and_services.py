"""A fund, service or scheme named right after "our" ("our Tenant Ideas Fund", "our
Carers' Breaks service") is one the page's own body runs, though "Fund" alone reads
as a body's head word elsewhere; a body named after "our" ("our partner Foo Trust")
runs nothing. Made-up names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "---\nurl: https://www.wrenfieldhomes.org.uk/news/garden\n---\n\n"
    "Wrenfield Homes helped tenants at Larch Court plant a garden this spring. {}\n"
)


def _runs(sentence: str) -> set[tuple[str, str]]:
    return pairs(extract_text(_PAGE.format(sentence)), "RUNS")


def test_a_fund_after_our_is_run_by_the_pages_body():
    runs = _runs("The tools were paid for by a grant of £900 from our Larch Seeds Fund.")
    assert ("Wrenfield Homes", "Larch Seeds Fund") in runs


def test_a_service_after_our_is_run_by_the_pages_body():
    runs = _runs("Tenants can also call our Home Fixes Service for small repairs.")
    assert any(body == "Wrenfield Homes" and "Home Fixes" in thing for body, thing in runs)


def test_a_body_after_our_runs_nothing():
    runs = _runs("We thank our partner Brinton Garden Trust for the seeds.")
    assert not runs
