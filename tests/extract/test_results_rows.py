"""Sports teams in results lists and league tables (issue 11, news names): every
name on a line of names and scores is a team, an organisation, even when it is
also a town's name or a plural noun; lines of people's results, programme
times and datelines are not results lines. Made-up fixtures and clubs."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, typed

RESULTS = """FOOTBALL - NORTHERN LEAGUE RESULTS.

KELBY 2024-03-02

Results of league matches played on Saturday:

Kelby Rovers 2 Ashford 3

Ravens 0 Otterburn Wanderers 0

Postponed: Dalby Athletic v Ashford (to Tuesday), Marlow Town v Bexley

Northam (4) v Southby United (13) 1330
"""

TABLE = """Standings (played, won, drawn, lost, goals for, against, points):

Southby United 16 11 5 0 32 12 38

Ashford 16 10 4 2 46 21 34

Ross County 15 9 6 0 23 7 33
"""


@pytest.mark.parametrize(
    "team",
    ["Kelby Rovers", "Ashford", "Ravens", "Otterburn Wanderers", "Dalby Athletic",
     "Marlow Town", "Bexley", "Northam", "Southby United"],
)  # fmt: skip
def test_teams_in_a_results_list_are_organisations(team):
    assert typed(RESULTS, team) == {"Organisation"}


SUMMARY = """Summary of Saturday's match:

Kelby Rovers 2 (Tom Hale 24, Sam Roy 48) Ashford 0.

Postponed: Bexley v Northam, Dalby Athletic v Marlow Town (both now play on

December 14)
"""


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Kelby Rovers", "Organisation"), ("Ashford", "Organisation"), ("Tom Hale", "Person"),
     ("Sam Roy", "Person"), ("Bexley", "Organisation"), ("Marlow Town", "Organisation")],
)  # fmt: skip
def test_scorers_in_brackets_and_a_note_cut_by_the_line_break(name, kind):
    # the scorers between the teams are people; the parser's sentence break inside
    # the line, and a bracketed note cut at the line's end, do not hide the teams
    assert typed(SUMMARY, name) == {kind}


@pytest.mark.parametrize("team", ["Southby United", "Ashford", "Ross County"])
def test_teams_in_a_league_table_are_organisations(team):
    # "Ross County": a given name first, but a club's word in the name
    assert typed(TABLE, team) == {"Organisation"}


def test_a_dateline_place_stays_a_place():
    assert "Organisation" not in typed(RESULTS, "KELBY")


@pytest.mark.parametrize(
    "line",
    [
        "1. Maria Kessler (Austria) 25:16.5",
        "Tom Hale 70 68 72 69",
        "Second round: Anna Berg 6-3 6-4 Lucy Marsh",
    ],
)
def test_people_with_their_results_stay_people(line):
    found = entities(f"Results on Sunday:\n\n{line}\n")
    assert not any(kind == "Organisation" for kind, _ in found)
    assert any(kind == "Person" for kind, _ in found)


@pytest.mark.parametrize(
    "line",
    [
        "Arrivals 18:30 Dinner 19:15 Awards 20:00",
        "Community Award 2019 Volunteer Award 2020",
    ],
)
def test_a_programme_of_times_or_years_is_no_results_list(line):
    found = entities(f"The evening:\n\n{line}\n")
    assert not any(kind == "Organisation" for kind, _ in found)


COMPETITORS = """Results of the women's sprint on Saturday:

4. Greta Bahle (Germany) 24:15.4 (2)

5. Tessa Kross (Germany) 24:33.0 (1)

Group A

Tan Siew Hock (Malaysia) beat Meiwati (Indonesia) 11-6 12-10

Zhao Liping (China) beat Hana Rudi (Indonesia) 11-2 12-10
"""


@pytest.mark.parametrize(
    "person", ["Greta Bahle", "Tessa Kross", "Tan Siew Hock", "Zhao Liping", "Hana Rudi"]
)
def test_competitors_with_a_country_in_brackets_are_people(person):
    assert typed(COMPETITORS, person) == {"Person"}


def test_a_competitor_known_by_one_name_is_no_place():
    # the name in brackets is the country; the one before it is the player
    assert typed(COMPETITORS, "Meiwati") <= {"Person"}
    assert typed(COMPETITORS, "Indonesia") == {"Place"}


def test_a_grant_list_with_places_in_brackets_is_no_results_list():
    text = "Grants awarded this month:\n\nKelby Rotary (Dalby) £500\n"
    assert "Person" not in typed(text, "Kelby Rotary")
