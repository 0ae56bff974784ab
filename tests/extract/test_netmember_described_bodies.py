"""A body's membership said in prose: "a member of the national Foo Network" (describing
words between "the" and the name), "The Trust is a partner in X and a member of Y" (the
seat read back to the Trust), and no seat for the object of a first predicate
(rules/membership.py, rules/member_ends._subject_of_seat)."""

from __future__ import annotations

from tests.extract.reading import members


def test_a_member_of_the_national_network_is_a_member():
    found = members(
        "Who we are\n\nThe Kelby Trust runs a lunch club. The Kelby Trust is a member of the "
        "national Fenby Advice Network.\n"
    )
    assert ("Kelby Trust", "Fenby Advice Network") in found


def test_a_trustee_of_the_national_charity_sits_on_it():
    found = members("Our board\n\nAda Foss is a trustee of the national charity Fenby Cares.\n")
    assert ("Ada Foss", "Fenby Cares") in found


def test_the_trust_a_partner_in_one_body_and_a_member_of_another():
    found = members(
        "About us\n\nThe Kelby Hospitals Trust runs two hospitals. The Trust is a partner in "
        "the Fenby Care System and a member of the Kelby Hospitals Group, an alliance of "
        "five trusts.\n"
    )
    assert ("Kelby Hospitals Trust", "Kelby Hospitals Group") in found
    assert ("Fenby Care System", "Kelby Hospitals Group") not in found


def test_part_of_a_national_week_is_no_membership():
    found = members(
        "Food week\n\nThe Kelby Pantry held a cookery day. The day was part of the national "
        "Fenby Food Week.\n"
    )
    assert not any(to == "Fenby Food Week" for _, to in found)
