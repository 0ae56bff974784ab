"""Who took part, listed after a word for stalls or after a session's chair: "Stalls
this year included A, B and C" and the bodies under "Some of the stalls on the
green:" each ran a stall at the event (participant); the people under "The session
was chaired by A. She was joined by:" or "Chaired by A, with:" spoke there, or sat
on its panel when a heading over them names one; a body that "brought a fire engine"
to it was there. Near misses: a list of bodies a
project is "run with:" is no session's company, and "stands" as a verb names no
stall, and a person after "stalls" ("toured the stalls with A") ran none. All names
made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_FAIR = "Orby Green Summer Fair 2026"
_FAIR_PAGE = (
    "Orby Green Summer Fair 2026\n\n"
    "Hundreds of families came to the Orby Green Summer Fair 2026 on Saturday.\n\n"
    "{body}\n\n"
    "Thanks to all our volunteers.\n"
)
_BODIES = ("Quarn Foodbank", "Friends of Wrexby Wood", "Kelmer Credit Union")


def _roles(page: str, event: str) -> dict[str, str | None]:
    seed = extract_text(page)
    return {who: role for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == event}


@pytest.mark.parametrize(
    "body",
    [
        "Stalls this year included Quarn Foodbank, Friends of Wrexby Wood and Kelmer Credit Union.",
        "Stalls so far include Quarn Foodbank, Friends of Wrexby Wood and Kelmer Credit Union.",
        "Some of the stalls on the green:\n- Quarn Foodbank, collecting tins\n"
        "- Friends of Wrexby Wood, with a bug hunt\n- Kelmer Credit Union",
    ],
)
def test_bodies_listed_after_a_word_for_stalls_took_part(body):
    roles = _roles(_FAIR_PAGE.format(body=body), _FAIR)
    for name in _BODIES:
        assert roles.get(name) == "participant", roles


def test_a_person_going_round_the_stalls_ran_none():
    body = "The mayor toured the stalls with Jane Quillam, the fair's organiser."
    roles = _roles(_FAIR_PAGE.format(body=body), _FAIR)
    assert roles.get("Jane Quillam") != "participant", roles


def test_a_body_that_brought_something_for_visitors_took_part():
    body = "Outside, the Tarvey Fire and Rescue Service brought a fire engine for the children."
    roles = _roles(_FAIR_PAGE.format(body=body), _FAIR)
    assert roles.get("Tarvey Fire and Rescue Service") == "participant", roles


def test_bringing_people_together_is_no_taking_part():
    body = "The day was planned by Tarvey Council, which brought together local groups."
    roles = _roles(_FAIR_PAGE.format(body=body), _FAIR)
    assert roles.get("Tarvey Council") != "participant", roles


def test_stands_as_a_verb_lists_no_stall():
    body = "Membership now stands at 40 groups, among them Quarn Foodbank and Kelmer Credit Union."
    roles = _roles(_FAIR_PAGE.format(body=body), _FAIR)
    assert "Quarn Foodbank" not in roles and "Kelmer Credit Union" not in roles, roles


_TALK = "Orby Health Forum 2026"
_TALK_PAGE = (
    "Orby Health Forum 2026\n\n"
    "More than 100 people came to the Orby Health Forum 2026 at Orby Town Hall.\n\n"
    "{heading}"
    "{lead}\n"
    "- Tom Baxley, manager of Orby Wheels\n"
    "- Ruth Ndeko, director of Wrexby Care\n\n"
    "Slides are on our website.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "The session was chaired by our director, Ines Varga. She was joined by:",
        "Our host was Ines Varga, the forum's lead. She was joined by two guests:",
        "Chaired by Ines Varga (Orby CVS), with:",
    ],
)
def test_people_joining_a_sessions_chair_spoke(lead):
    roles = _roles(_TALK_PAGE.format(heading="", lead=lead), _TALK)
    assert roles.get("Tom Baxley") == "speaker", roles
    assert roles.get("Ruth Ndeko") == "speaker", roles


def test_under_a_panel_heading_they_were_panellists():
    page = _TALK_PAGE.format(
        heading="Panel: care after the cuts\n", lead="Chaired by Ines Varga, with:"
    )
    roles = _roles(page, _TALK)
    assert roles.get("Tom Baxley") == "panellist", roles


def test_a_list_of_bodies_run_with_is_no_sessions_company():
    page = _TALK_PAGE.format(heading="", lead="The forum is hosted by Orby CVS, working with:")
    page = page.replace("Tom Baxley, manager of Orby Wheels", "Orby Wheels").replace(
        "Ruth Ndeko, director of Wrexby Care", "Wrexby Care"
    )
    roles = _roles(page, _TALK)
    assert roles.get("Orby Wheels") != "speaker" and roles.get("Wrexby Care") != "speaker", roles
