"""Work done with another told in a relative clause on the thing done, with no
object of its own: "the advice pathway Kelby Citizens Advice runs with Fenby
Surgery", "a plan which the council is writing with ..."
(rules/done_with.py, relative_done_with). Near misses must give nothing. All names
and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import together


@pytest.mark.parametrize(
    ("text", "body", "partner"),
    [
        ("Jo Tern described the advice pathway Kelby Citizens Advice runs with Fenby "
         "Surgery, which has helped 300 families.", "Kelby Citizens Advice", "Fenby Surgery"),
        ("Ada Foss talked about the cycling sessions Orton Wheels Trust is running with "
         "Dalby Youth Club this summer.", "Orton Wheels Trust", "Dalby Youth Club"),
        ("Fenby Community Hospice opened a new day centre in May. The report covered the "
         "bereavement service, which the hospice is delivering with Kelby Carers Network.",
         "Fenby Community Hospice", "Kelby Carers Network"),
        ("The Orton Health Partnership met on Tuesday. Kelby University described the "
         "pilot, which Kelby University is running with the partnership.",
         "Kelby University", "Orton Health Partnership"),
    ],
)  # fmt: skip
def test_the_doer_in_a_relative_clause_works_with_them(text, body, partner):
    assert (body, partner) in together(text + "\n")


def test_a_relative_clause_with_its_own_object_or_no_doer_gives_nothing():
    text = (
        "Kelby Rowing Club, which runs with volunteers from Fenby Sailing Club, opened "
        "its boathouse. The lunch club that Orton Lunch Club runs is full.\n"
    )
    found = together(text)
    assert ("Kelby Rowing Club", "Fenby Sailing Club") not in found
