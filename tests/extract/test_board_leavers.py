"""Board leavers: someone said to step down or retire from a board seat held it
(`rules/board_leavers`). All names and sentences are made up."""

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
