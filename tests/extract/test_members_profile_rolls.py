"""Profile rolls: a page whose opening names its board's seats, then introduces
people one by one, each name alone on a line with a paragraph about them: each
holds that seat on the page's own body's board (`rules/profile_rolls`). All names
and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_PROFILES = (
    "Hester Quill\n\n"
    "Hester is a solicitor in Kelby and has driven for the minibus scheme since 2029.\n\n"
    "Dr Cyril Dunmore\n\n"
    "Cyril has been a GP in Fenby for twelve years and chairs the local patient group.\n\n"
    "Alma Stroud\n\n"
    "Retired bank manager and a volunteer at the Fenby Saturday café since it opened.\n"
)


def _members(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text, path="page.txt"), "MEMBER_OF")


def test_people_introduced_under_a_trustees_title_are_trustees():
    found = _members(
        "Meet our new trustees\n\n"
        "We are delighted to welcome three new trustees to the board of Orrin Valley "
        "Community Transport.\n\n" + _PROFILES
    )
    for name in ("Hester Quill", "Cyril Dunmore", "Alma Stroud"):
        assert (name, "Orrin Valley Community Transport", "trustee") in found


def test_a_board_heading_over_a_body_governed_by_trustees():
    found = _members(
        "Our Board\n\n"
        "Orrin Valley Arts Centre is governed by a board of volunteer trustees who meet "
        "six times a year.\n\n" + _PROFILES
    )
    assert ("Hester Quill", "Orrin Valley Arts Centre", "trustee") in found
    assert ("Alma Stroud", "Orrin Valley Arts Centre", "trustee") in found


def test_profiles_on_a_page_naming_no_board_seat_nothing():
    found = _members(
        "Meet the volunteers\n\n"
        "Orrin Valley Community Transport could not run without its volunteers.\n\n" + _PROFILES
    )
    assert not any(body == "Orrin Valley Community Transport" for _, body, _ in found)


def test_one_profile_alone_is_not_a_roll():
    found = _members(
        "Meet our new trustee\n\n"
        "Orrin Valley Community Transport has a new chief executive and a board of "
        "trustees.\n\nHester Quill\n\n"
        "Hester is a solicitor in Kelby and has driven for the minibus scheme since 2029.\n"
    )
    assert ("Hester Quill", "Orrin Valley Community Transport", "trustee") not in found


def test_a_council_of_governors_in_the_opening_is_no_seat():
    found = _members(
        "Meet our new non-executive directors\n\n"
        "Two new non-executive directors joined the board of Orrin Valley NHS Trust "
        "on 1 April, following their appointment by the Council of Governors.\n\n"
        "Hester Quill\n\n"
        "Hester is a consultant at Kelby University and will chair the Kelby Quality "
        "Committee.\n\n"
        "Tobias Wren\n\n"
        "Tobias spent twenty years in finance and now sits on the Fenby Audit Panel.\n"
    )
    assert not any(role == "governor" for _, _, role in found)
    assert not any(who == "Tobias Wren" and "Quality" in body for who, body, _ in found)
