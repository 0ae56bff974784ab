"""A building a community group runs, given money in its own name, is that group: "Fenby
Village Hall has been awarded £42,000 by A", "A has given £5,000 to Kelby Community
Centre" make the hall and the centre organisations A FUNDED; a hall where something is
held stays a place (rules/type_votes.vote_building_grantee). Fictional names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, typed


@pytest.mark.parametrize(
    ("text", "hall"),
    [
        (
            "News\n\nFenby Village Hall has been awarded £42,000 by the Hazel Trust.\n",
            "Fenby Village Hall",
        ),
        (
            "News\n\nThe Hazel Trust has given £5,000 to Kelby Community Centre.\n",
            "Kelby Community Centre",
        ),
        (
            "News\n\nThe Hazel Trust has announced its spring grants.\n\n"
            "Marlow Methodist Church has received £3,000 to mend its roof.\n",
            "Marlow Methodist Church",
        ),
    ],
)
def test_a_building_given_money_is_a_body_its_funder_funded(text, hall):
    assert ("Hazel Trust", hall) in pairs(extract_text(text), "FUNDED")
    assert typed(text, hall) == {"Organisation"}


def test_a_hall_where_a_meeting_is_held_stays_a_place():
    text = "News\n\nThe Hazel Trust held its annual meeting at Fenby Village Hall.\n"
    assert typed(text, "Fenby Village Hall") == {"Place"}
