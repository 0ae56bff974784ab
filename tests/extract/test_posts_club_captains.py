"""A captain or vice-captain of a club or team holds a seat there (MEMBER_OF):
"Kelby Rovers captain Jo Tern", "vice-captain Ada Foss" on a club's page; a captain
read against a body that is no club or team (a council, a committee) is no post
there (rules/post_kinds.team_seat_away)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_a_team_captain_before_the_name_is_a_member():
    seed = _seed(
        "The new kit was handed over by former Kelby Rovers captain Jo Tern, who grew up "
        "on the estate."
    )
    assert ("Jo Tern", "Kelby Rovers") in pairs(seed, "MEMBER_OF")
    assert ("Jo Tern", "Kelby Rovers") not in pairs(seed, "WORKS_FOR")


def test_a_vice_captain_is_a_member_of_the_club():
    seed = _seed(
        "Fenby RFC ended the season top of the league.\n\n"
        "The review was written by club captain Ada Foss, and "
        "vice-captain Jo Tern thanked the volunteers."
    )
    assert ("Jo Tern", "Fenby RFC") in pairs(seed, "MEMBER_OF")


def test_a_captain_is_no_seat_at_a_council():
    seed = _seed(
        "Kelby Parish Council unveiled a bench in memory of former captain Jo Tern, "
        "who died last year."
    )
    assert ("Jo Tern", "Kelby Parish Council") not in pairs(seed, "MEMBER_OF")
    assert ("Jo Tern", "Kelby Parish Council") not in pairs(seed, "WORKS_FOR")
