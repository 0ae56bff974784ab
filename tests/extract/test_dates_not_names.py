"""A month and a year alone ("Jan 2020") is a date, never a name, though "Jan" is
a given name too and so starts a run of capitals (issue 11: a dateline read as an
event). Made-up write-ups.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.written_dates import YEAR, is_month_and_year, without_year
from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("New Chair for Westshire Carers\n\nBlog | 13 Jan 2020\n\nAda Brook is our new chair.\n",
         "Jan 2020"),
        ("Fenby Housing news\n\nBlog | 4 Jan 2031\n\nFenby Housing opened a hub in Northtown.\n",
         "Jan 2031"),
    ],
)  # fmt: skip
def test_a_dateline_month_and_year_is_no_entity(text, date):
    assert date not in {name for _, name in entities(text)}


def test_jan_as_a_given_name_is_still_a_person():
    assert ("Person", "Jan Bell") in entities("Jan Bell spoke at the Fenby Summit in 2031.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jan 2020", True), ("Sept. 2031", True), ("Jan Bell", False), ("Jan 2020 Summit", False)],
)
def test_is_month_and_year(text, expected):
    assert is_month_and_year(text) is expected


@pytest.mark.parametrize("line", ["Last update 5th. November 2031", "Last updated: 12 March 2031"])
def test_a_last_update_line_is_the_pages_date_not_its_title(line):
    # "Last update ..." over the headline is the page's date: the headline names the event
    seed = extract_text(
        f"{line}\n\n\nNorthtown Carers Forum AGM 2031\n\nForty members attended the"
        " meeting. Ada Brook thanked the volunteers.\n"
    )
    assert seed["source"].get("published", "").startswith("2031")
    assert [e["name"] for e in seed["entities"] if e["type"] == "Event"] == [
        "Northtown Carers Forum AGM 2031"
    ]


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Foo Show 2031", "Foo Show"), ("Kelby Awards  1998", "Kelby Awards"),
     ("Foo Show", "Foo Show"), ("Foo2031", "Foo2031"), ("Foo Show 2131", "Foo Show 2131")],
)  # fmt: skip
def test_a_year_closing_a_name_is_one_definition(name, bare):
    """One definition of a name's closing year serves every module that strips it."""
    assert without_year(name) == bare
    assert YEAR.fullmatch(name.split()[-1]) is not None or without_year(name) == name
