""" "Run by three organisations – A, B and C", "a partnership of three
organisations: A, B and C": bodies counted, then listed, that run one thing or
make one partnership are partners of each other (rules/partnership.py). All
names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_BODIES = ("Kelby Citizens Advice", "Fenby Community Action", "Dalby Care Trust")


@pytest.mark.parametrize(
    "sentence",
    [
        "The watchdog, which is independent of the NHS, is run by three organisations – "
        "Kelby Citizens Advice, Fenby Community Action, and Dalby Care Trust, and reports "
        "to commissioners.",
        "The project is a partnership of three organisations: Kelby Citizens Advice, "
        "Fenby Community Action and Dalby Care Trust.",
        "The scheme is a partnership between three local charities, Kelby Citizens Advice, "
        "Fenby Community Action and Dalby Care Trust.",
    ],
)
def test_counted_then_listed_bodies_are_partners(sentence):
    seed = extract_text("# News\n\n" + sentence + "\n", path="page.txt")
    found = pairs(seed, "PARTNER_OF")
    for i, a in enumerate(_BODIES):
        for b in _BODIES[i + 1 :]:
            assert (a, b) in found or (b, a) in found


def test_people_counted_are_not_partners():
    seed = extract_text(
        "# News\n\nThe fund is run by 12 volunteers from Kelby Citizens Advice.\n", path="page.txt"
    )
    assert not pairs(seed, "PARTNER_OF")
