"""Dates as stored: ISO 8601 at the precision written, UK forms day first."""

from __future__ import annotations

import pytest

from collabgraph.model.dates import earlier, parse_date


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("2016", "2016"),
        (2016, "2016"),
        ("2016-12", "2016-12"),
        ("2016-12-01", "2016-12-01"),
        ("2016-12-01T09:30:00Z", "2016-12-01"),
        ("2016/12/01", "2016-12-01"),
        ("01/12/2016", "2016-12-01"),
        ("1.12.2016", "2016-12-01"),
        ("26/03/2001 00:00", "2001-03-26"),  # a spreadsheet export's date and time
        ("12/2016", "2016-12"),
        ("1 December 2016", "2016-12-01"),
        ("1st Dec. 2016", "2016-12-01"),
        ("December 1, 2016", "2016-12-01"),
        ("Dec 2016", "2016-12"),
        ("  2017-02 ", "2017-02"),
    ],
)
def test_dates_are_read_as_written_and_stored_in_iso(written, stored):
    assert parse_date(written) == stored


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("31/02/2020", "impossible date"),
        ("12/31/2016", "impossible date"),
        ("spring 2017", "unreadable date"),
        ("Decembre 2016", "not a month"),
        ("16", "unreadable date"),
        ("26/03/2001 noon", "unreadable date"),
    ],
)
def test_what_cannot_be_a_date_is_refused_saying_why(written, message):
    with pytest.raises(ValueError, match=message):
        parse_date(written)


def test_dates_compare_at_the_precision_both_have():
    assert earlier("2015", "2016-12-01")
    assert not earlier("2016", "2016-12-01")  # the same year: not before
    assert earlier(parse_date("01/12/2016"), parse_date("02/12/2016"))
