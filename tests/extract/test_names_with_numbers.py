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
        ("The Kelby Trust runs the Ring of 7 programme for young people.", "Ring of 7"),
        ("Our youth project, the Ring of 7, is run by Kelby Trust.", "Ring of 7"),
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


# ------------------------------------------------ an ordinal numbering a body's unit


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1st Ashby Scout Group, Kelby were awarded £780 for new tents.", "1st Ashby Scout Group"),
        (
            "The grant went to the 4th Kelby Boys Brigade Group and Ashby Mind.",
            "4th Kelby Boys Brigade Group",
        ),
        (
            "Ashby Mind was awarded £5,000 for a scheme for disabled people in the town. "
            "1st Kelby Scout Group, Ashby were awarded £780 for the purchase of equipment.",
            "1st Kelby Scout Group",
        ),
    ],
)
def test_an_ordinal_opening_a_body_is_part_of_its_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("On 1st March Kelby Trust opened a shop.", "1st March Kelby Trust"),
        ("Ashby Mind came 2nd Kelby Trust said on Monday.", "2nd Kelby Trust"),
    ],
)
def test_an_ordinal_before_a_date_stays_out(text, not_name):
    assert not_name not in names(text)


# ------------------------------------------------ an ordinal numbering an event


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kelby Lions had a busy year. Our 30th Anniversary Dinner was attended by 120 "
            "guests at the Dale Hotel in September.",
            "30th Anniversary Dinner",
        ),
        (
            "Kelby Lions had a busy year. In June the club ran the 12th Annual Kelby Charity "
            "Fair at Dalby Park with 40 stalls.",
            "12th Annual Kelby Charity Fair",
        ),
    ],
)
def test_an_ordinal_opening_an_event_is_part_of_its_name(text, name):
    found = names(text)
    assert name in found, found
    assert name.split(" ", 1)[1] not in found


def test_an_ordinal_date_before_an_event_stays_out():
    found = names("Kelby Lions had a busy year. On the 3rd March Kelby Fair raised £2,000.")
    assert "3rd March Kelby Fair" not in found


def test_an_ordinal_and_annual_opening_a_name_make_it_an_event():
    seed = extract_text(
        "Kelby Lions had a busy year. In May we had our 18th Annual Kelby YSA at Dalby "
        "Academy with a record 21 clubs applying.",
        path="page.txt",
    )
    typed = {e["name"]: e["type"] for e in seed["entities"]}
    assert typed.get("18th Annual Kelby YSA") == "Event", typed
