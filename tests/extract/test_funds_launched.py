"""A fund or scheme that is itself launched, run or managed ("the Foo Fund was
launched earlier this year", "the Foo Scheme is managed by Bar") is a programme, as
one a body launches is; a fund that was only set up long ago may be a body. Made-up
names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, typed

_PAGE = "Kelby news\n{}\n"


def test_a_fund_that_was_launched_is_a_programme():
    text = _PAGE.format(
        "The Dalby Jubilee Fund was launched earlier this year to provide funding to "
        "charities to improve their halls."
    )
    assert typed(text, "Dalby Jubilee Fund") == {"Project"}


def test_a_scheme_managed_by_a_body_is_its_programme():
    seed = extract_text(
        _PAGE.format(
            "The Warm Rooms Scheme is managed by Kelby Community Foundation on behalf of "
            "Fenby Council."
        ),
        path="page.txt",
    )
    assert ("Kelby Community Foundation", "Warm Rooms Scheme") in pairs(seed, "RUNS")
    assert {e["type"] for e in seed["entities"] if e["name"] == "Warm Rooms Scheme"} == {"Project"}


def test_a_fund_set_up_long_ago_stays_as_typed():
    text = _PAGE.format(
        "The Kelby Community Fund was established in 1990 and has given grants to many groups."
    )
    assert typed(text, "Kelby Community Fund") == {"Organisation"}
