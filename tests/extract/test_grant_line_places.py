"""Where a grant list's line puts its grantee (rules/grant_line_places.py): "Foo Club
– £3,000 for a lunch club in Kelby" places Foo Club in Kelby; "(Kelby)" or ", Kelby"
after the name too. Made-up bodies and places; several wordings of a line, and
near-misses that must not place the grantee."""

from __future__ import annotations

import pytest

from tests.extract.reading import located

_LEAD = "Spring grants\n\nThe Westmoor Trust has announced its spring grants.\n\n"


def _lines(*lines: str) -> str:
    return _LEAD + "\n".join(f"- {line}" for line in lines) + "\n"


@pytest.mark.parametrize(
    ("line", "body", "place"),
    [
        ("Dorley Deaf Club – £3,000 towards a winter run of social afternoons in Fenby.",
         "Dorley Deaf Club", "Fenby"),
        ("Halden Lunch Club – £2,800 for a warm space at Westgate Community Centre",
         "Halden Lunch Club", "Westgate Community Centre"),
        ("Riverside Bike Hub - £6,000 for a bike library in Lower Cowton",
         "Riverside Bike Hub", "Lower Cowton"),
        ("Sunrise Women's Circle: £25,000 to run peer support circles across Marsby.",
         "Sunrise Women's Circle", "Marsby"),
    ],
)  # fmt: skip
def test_the_grantee_is_where_its_money_is_spent(line, body, place):
    found = located(_lines(line, "Tern Valley Larder – £1,200 towards a fridge"))
    assert (body, place) in found


def test_each_place_listed_after_in():
    found = located(_lines(
        "Kinship Carers West – £18,500 for peer support groups in Cowton and Marsby.",
        "Tern Valley Larder – £1,200 towards a fridge",
    ))  # fmt: skip
    assert {("Kinship Carers West", "Cowton"), ("Kinship Carers West", "Marsby")} <= found


@pytest.mark.parametrize(
    "line",
    [
        # not a grant line: no sum after the name
        "Dorley Deaf Club held its winter social afternoons in Fenby.",
        # the place is where people come from, not where the money goes
        "Dorley Deaf Club – £3,000 for trips for members from across Fenby.",
    ],
)
def test_near_misses_do_not_place_the_grantee(line):
    found = located(_lines(line, "Tern Valley Larder – £1,200 towards a fridge"))
    assert ("Dorley Deaf Club", "Fenby") not in found
