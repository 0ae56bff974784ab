"""Money given to a place ("EU funding to <county>", "£2m to <town> and <town>")
is for the people there: the place stays a place, not a grant's receiving body
(issue 11: a county funded "post Brexit" was an organisation). Fictional bodies;
real places only from the gazetteer.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The lottery awarded £2m to Bridgwater and Minehead in 2031.", "Bridgwater"),
        ("Fenby Lottery awarded £2m of funding to Yeovil and Chard.", "Yeovil"),
    ],
)
def test_a_place_given_money_stays_a_place(text, place):
    found = entities(text)
    assert ("Place", place) in found
    assert ("Organisation", place) not in found


def test_a_body_given_money_is_still_a_body():
    found = entities("Fenby Lottery gave a grant of £5,000 to Kelby Youth Project.")
    assert ("Organisation", "Kelby Youth Project") in found
