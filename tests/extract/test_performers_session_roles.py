"""One who leads a part of a page's event is written with the table's words: a
person leading a session or workshop spoke at the event ("speaker"), a body
leading one took part ("participant") (rules/focus_targets.session_role,
vocab/session_leader_roles.txt). Made-up names."""

from __future__ import annotations

from tests.extract.reading import at_summit


def test_a_person_leading_a_session_is_a_speaker():
    took_part = at_summit("A lively session on budgeting was led by Jo Tern.")
    assert ("Jo Tern", "speaker") in took_part


def test_a_body_running_a_workshop_took_part():
    took_part = at_summit("The workshop on grant writing was run by the Kelby Trust.")
    assert ("Kelby Trust", "participant") in took_part
