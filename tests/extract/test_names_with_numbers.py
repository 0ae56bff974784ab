"""Names that hold a number are read whole, and numbers that are sums, dates or
counts are not read into a name: small made-up write-ups, one kind each.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def names(text: str) -> set[str]:
    return {e["name"] for e in extract_text(text, path="page.txt")["entities"]}


# ------------------------------------------------ a small count closing a name after "of"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kelby Trust runs the Power of 10 programme for young people.", "Power of 10"),
        ("Our youth project, the Power of 10, is run by Kelby Trust.", "Power of 10"),
        ("Ashby Mind launched the Circle of 5 scheme for carers last spring.", "Circle of 5"),
    ],
)
def test_a_count_after_of_closes_the_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("Kelby Trust appointed a Board of 12 trustees in May.", "Board of 12"),
        ("Kelby Trust held the Week of 12 March events in Ashby.", "Week of 12"),
        ("Ashby Mind was given a Grant of 500 pounds by Kelby Trust.", "Grant of 500"),
    ],
)
def test_a_count_of_a_noun_a_date_or_a_sum_stays_out(text, not_name):
    assert not_name not in names(text)
