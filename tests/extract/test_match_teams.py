"""Clubs named beside a match's score in running text (issue 11, news names): a
club named for its town is a team, an organisation, not the town; a country's
national side stays a place, a player stays a person, and a number range that is
no score makes nothing a team. Made-up matches."""

from __future__ import annotations

import pytest

from tests.extract.reading import typed


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Northam salvaged a 2-2 draw for league leaders Ashford on Saturday.", "Ashford"),
        ("Northam salvaged a 2-2 draw at home to Bexley on Saturday.", "Bexley"),
        ("Southby won 3-1 at Marlow to stay top of the league.", "Marlow"),
        ("Later in the day Otterburn lost 2-0 to Tenterden.", "Tenterden"),
        ("Ashford's 1-0 lead lasted until the break.", "Ashford"),
        ("The visitors romped to a 6-0 win over Bexley on Friday.", "Bexley"),
    ],
)
def test_a_club_beside_a_score_is_an_organisation(text, team):
    assert typed(text, team) == {"Organisation"}


def test_a_national_side_beside_a_score_stays_a_place():
    assert typed("The hosts began with a 2-1 win over Scotland.", "Scotland") == {"Place"}


def test_a_player_beaten_in_sets_stays_a_person():
    text = "Jo Tern beat Ada Foss 6-3 6-4 in the final, then a 6-2 win over Ada Foss followed."
    assert typed(text, "Ada Foss") == {"Person"}


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers from Ashford gave 2-3 hours a week to the project.",
        "The walk from Ashford to Bexley takes 2-3 hours.",
        "Ashford is twinned with Bexley and the win for the town was celebrated.",
    ],
)
def test_no_team_without_a_match_score(text):
    assert "Organisation" not in typed(text, "Ashford")


def test_a_club_after_an_away_win_at_it_is_an_organisation():
    assert typed("Northam won with a 2-0 away win at Bexley.", "Bexley") == {"Organisation"}


def test_a_body_named_after_other_words_than_the_result_is_no_team():
    text = "The walkers marked a 2-1 win for the first time since Ashford Hospice opened."
    assert typed(text, "Ashford Hospice") == {"Organisation"}
    assert "Organisation" not in typed(
        "The team celebrated a 3-1 win for the first time since Ashford joined.", "Ashford"
    )


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Kelby Rovers will be without their striker on Saturday.", "Kelby Rovers"),
        ("Two fans of Dalby United were hurt after the game, police said.", "Dalby United"),
        ("Players from Otterburn Wanderers visited the ward.", "Otterburn Wanderers"),
    ],
)
def test_a_name_ending_in_a_clubs_word_is_an_organisation(text, club):
    assert typed(text, club) == {"Organisation"}


def test_a_town_alone_is_no_club_without_a_score():
    assert "Organisation" not in typed("Players from Otterburn visited the ward.", "Otterburn")
