"""A report said to be "our" one ("Our 2024 report, X, ...", "“X”, our new study of
...") was published by the page's own body (`rules/publishing.py`); another body's
("Foo Trust's report, X") stays that body's."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Orton Rural Action: news\n\nOrton Rural Action supports villages across Orton. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Our 2024 report, Left Behind, can be downloaded below.",
        "Our annual report, Left Behind, is out now.",
        "“Left Behind”, our new report on rural buses, is out now.",
    ],
)
def test_our_report_is_published_by_the_pages_body(sentence):
    got = pairs(extract_text(_PAGE + sentence), "PUBLISHED")
    assert ("Orton Rural Action", "Left Behind") in got


def test_another_bodys_report_stays_its_own():
    got = pairs(extract_text(_PAGE + "Fenby Trust's report, Left Behind, is out now."), "PUBLISHED")
    assert ("Fenby Trust", "Left Behind") in got
    assert ("Orton Rural Action", "Left Behind") not in got
