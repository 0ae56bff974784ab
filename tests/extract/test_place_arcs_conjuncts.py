"""A body at work "at A, at B and at C": each coordinated place phrase hangs from
what the first does (`rules.place_arcs._first_conjunct`)."""

from __future__ import annotations

from tests.extract.reading import located


def test_drop_ins_at_three_venues_place_the_body_at_the_last_too():
    pairs = located(
        "Kelby Recovery Trust\n\n"
        "Kelby Recovery Trust is a charity in Kelby. We also run weekly drop-ins at the "
        "Kingsway Centre in Ashby, at Marlow Library and at St Anne's Church Hall in Fenby.\n"
    )
    assert {
        ("Kelby Recovery Trust", "Marlow Library"),
        ("Kelby Recovery Trust", "St Anne's Church Hall"),
        ("Kelby Recovery Trust", "Fenby"),
    } <= pairs


def test_sessions_at_two_libraries_with_at_repeated():
    pairs = located(
        "Kelby Recovery Trust\n\n"
        "Kelby Recovery Trust is a charity in Kelby. We run advice sessions at Marlow "
        "Library and at Holt Library.\n"
    )
    assert {
        ("Kelby Recovery Trust", "Marlow Library"),
        ("Kelby Recovery Trust", "Holt Library"),
    } <= pairs


def test_another_body_at_work_after_a_comma_keeps_its_own_venue():
    pairs = located(
        "Kelby Recovery Trust is a charity in Kelby. It runs drop-ins at Marlow Library, "
        "and its partner Fenby Aid works at Holt Library.\n"
    )
    assert ("Kelby Recovery Trust", "Marlow Library") in pairs
    assert ("Kelby Recovery Trust", "Holt Library") not in pairs
