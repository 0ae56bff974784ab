"""A cause's week, day or month named with its year opening a sentence ("Helpers
Week 2031 celebrates ...") is an event under that name, though the recogniser
reads "Week 2031" as a date (`mentions/run_words.observance_end`); a month and
a year after a body's name stay a date. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelby Carers celebrates\n\nHelpers Week 2031 celebrates the contribution of "
         "unpaid carers across Kelby. Kelby Carers held a coffee morning at Dalby Hall "
         "to mark the week.\n", "Helpers Week 2031"),
        ("News\n\nHoarding Awareness Week 2031 runs from 12 to 18 May. Kelby Mind is "
         "holding drop-in sessions in Dalby, and Ann Lee will speak at the first one.\n",
         "Hoarding Awareness Week 2031"),
        ("Talks\n\nFenby Heritage Month 2031 opened with a talk by Jane Doe at Dalby "
         "Library. The Foo Trust organised the series.\n", "Fenby Heritage Month 2031"),
    ],
)  # fmt: skip
def test_the_observance_opening_a_sentence_is_an_event(text, name):
    found = {e["name"] for e in events(_seed(text))}
    assert name in found, found


def test_the_observance_after_a_possessive_is_an_event():
    seed = _seed(
        "Volunteering news\n\nVolunteers' Week 2031 runs from 1 to 7 June. Kelby "
        "Volunteer Centre will host a tea party at Dalby Hall for everyone who gives "
        "their time.\n"
    )
    found = {e["name"] for e in events(seed)}
    assert any(n.startswith("Volunteers' Week") for n in found), found


def test_a_month_and_year_after_a_body_stay_a_date():
    seed = _seed(
        "Staff news\n\nJane Doe joined Kelby Trust in May 2031. She spoke at the Kelby "
        "Summit on Friday 3 May 2031.\n"
    )
    names = {e["name"] for e in seed["entities"]}
    assert not any("2031" in n for n in names), names
