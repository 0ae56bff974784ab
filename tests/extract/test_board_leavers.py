"""Board leavers: someone said to step down or retire from a board seat held it
(`rules/board_leavers`); a new "Chair of trustees" announced is one post, not a
list of trustees (`rules/new_posts`, `rules/boards`). All names and sentences are
made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_OPENING = (
    "Orrin Carers Trust AGM\n\n"
    "Orrin Carers Trust held its annual meeting on 3 May. Two new trustees, Ada Moss "
    "and Ben Crane, were elected.\n\n"
)


def _members(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_OPENING + text + "\n", path="page.txt"), "MEMBER_OF")


def test_retires_from_the_board():
    found = _members("Long-serving trustee Margaret Doyle retires from the board this year.")
    assert ("Margaret Doyle", "Orrin Carers Trust", "trustee") in found


def test_stepped_down_after_years_on_the_board():
    found = _members("Richard Evans stepped down after eight years on the board.")
    assert ("Richard Evans", "Orrin Carers Trust", "trustee") in found


def test_after_years_as_our_secretary_stepping_down():
    found = _members("After eleven years as our secretary, Kenneth Abara is stepping down.")
    assert ("Kenneth Abara", "Orrin Carers Trust", "secretary") in found


def test_not_a_paid_post_left():
    found = _members("Peter Lowe stepped down as chief executive in March.")
    assert not {r for r in found if r[0] == "Peter Lowe"}


def test_not_stepping_down_from_nothing_said():
    found = _members("Lorna Pike has stepped down to spend more time with her family.")
    assert not {r for r in found if r[0] == "Lorna Pike"}


def test_not_a_retired_gp():
    found = _members("The talk was given by retired GP Tobias Wren, who lives in Orrin.")
    assert not {r for r in found if r[0] == "Tobias Wren"}


def _seats(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text + "\n", path="page.txt"), "MEMBER_OF")


def test_a_new_chair_of_trustees_is_a_chair_not_a_trustee_list():
    found = _seats(
        "Orrin Law Centre has a new Chair of trustees, barrister Ada Moss of Kelby Chambers."
    )
    assert ("Ada Moss", "Orrin Law Centre", "Chair of trustees") in found


def test_a_new_chair_of_trustees_then_the_one_succeeded():
    found = _seats(
        "Kelby Credit Union has a new chair of trustees, accountant Ben Crane, who takes "
        "over from Lorna Pike."
    )
    chairs = {(a, b) for a, b, r in found if (r or "").lower().startswith("chair")}
    assert ("Ben Crane", "Kelby Credit Union") in chairs
    assert ("Lorna Pike", "Kelby Credit Union") in chairs


def test_two_new_trustees_are_still_a_list():
    found = _seats("Orrin Law Centre has appointed two new trustees, Ada Moss and Ben Crane.")
    assert ("Ada Moss", "Orrin Law Centre", "Trustee") in {
        (a, b, (r or "").title()) for a, b, r in found
    }
