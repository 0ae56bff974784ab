"""Bodies joined and left (`rules/joined_bodies`): "Jo Tern joined Kelby Trust from
Fenby Council" says Jo works for both; a board, network or club joined, a post said
with "as", or someone joined by others are left to other rules."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows


def _worked(text: str) -> set[tuple[str, str, str]]:
    return {
        (w, org, role) for w, kind, org, role in rows(extract_text(text)) if kind == "WORKS_FOR"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The helpline is run by Ada Foss, who joined Kelby Trust from Fenby Housing Association "
        "in 2023.\n",
        "Ada Foss joined Kelby Trust in 2023 from Fenby Housing Association.\n",
        "Before that, Ada Foss had joined Kelby Trust from Fenby Housing Association, she told "
        "the meeting.\n",
    ],
)
def test_a_person_works_for_the_body_joined_and_the_body_left(text):
    worked = _worked(text)
    assert ("Ada Foss", "Kelby Trust", "") in worked
    assert ("Ada Foss", "Fenby Housing Association", "") in worked


def test_who_has_joined_a_body_works_there():
    worked = _worked("Dr Jo Tern replaces Dr Ada Foss, who has joined the Wexley Health Agency.\n")
    assert ("Ada Foss", "Wexley Health Agency", "") in worked


def test_the_team_at_a_body_is_the_body():
    worked = _worked("In 2024 Jo Tern joined the team at Marsh Lane Advice Centre.\n")
    assert ("Jo Tern", "Marsh Lane Advice Centre", "") in worked


def test_the_body_left_keeps_the_post_held_there():
    worked = _worked(
        "Kelby Homes has named Jo Tern as its new chief executive. Jo Tern joins from Fenby "
        "Housing Trust, where she has been Director of Housing since 2020.\n"
    )
    assert ("Jo Tern", "Fenby Housing Trust", "director of housing") in worked


def test_a_named_manager_beside_the_subject_joins():
    worked = _worked(
        "Our project lead, Ada Foss, joined the charity in 2022 from Wexley College.\n"
    )
    assert ("Ada Foss", "Wexley College", "") in worked


@pytest.mark.parametrize(
    ("text", "who", "org"),
    [
        # someone joined by others: the others came from the body, not the host
        ("Host Jo Tern was joined by Ada Foss from Kelby Surgery.\n", "Jo Tern", "Kelby Surgery"),
        # a club or network joined: a member, not staff
        ("Ada Foss joined the Fenby Ramblers in 2019.\n", "Ada Foss", "Fenby Ramblers"),
        ("Jo Tern joined the Kelby Food Network last year.\n", "Jo Tern", "Kelby Food Network"),
        # an event joined at a body's place: no post
        ("Jo Tern joined 200 runners at Marsh Park.\n", "Jo Tern", "Marsh Park"),
        # a body joining a body
        ("Kelby Trust joined Fenby Council in the bid.\n", "Kelby Trust", "Fenby Council"),
    ],
)
def test_no_post_from_other_joinings(text, who, org):
    assert not any(w == who and o == org for w, o, _ in _worked(text))


@pytest.mark.parametrize(
    ("text", "who", "org"),
    [
        ("Ada Foss, who runs the Kelby Gallery, sits on the board of Fenby Arts Trust.\n",
         "Ada Foss", "Kelby Gallery"),
        ("Jo Tern runs Marsh Lane Opticians on Fore Street.\n", "Jo Tern", "Marsh Lane Opticians"),
    ],
)  # fmt: skip
def test_a_person_who_runs_a_body_works_there(text, who, org):
    assert (who, org, "") in _worked(text)


@pytest.mark.parametrize(
    ("text", "who", "org"),
    [
        ("Ada Foss runs Kelby Youth Club on Tuesdays.\n", "Ada Foss", "Kelby Youth Club"),
        ("Jo Tern runs the Kelby Trust stall at the fair.\n", "Jo Tern", "Kelby Trust"),
        ("Kelby Trust runs Fenby Food Bank.\n", "Kelby Trust", "Fenby Food Bank"),
    ],
)
def test_no_post_from_running_a_club_a_stall_or_as_a_body(text, who, org):
    assert not any(w == who and o == org for w, o, _ in _worked(text))
