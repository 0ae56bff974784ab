"""A political party in brackets after a person ("Jane Doe MP (Labour)", "Tim Fenn
(Greens)") is the party the person belongs to, a member, not an employer
(corpus/GOLD.md: MEMBER_OF); the party is a body whatever the recogniser read it
as. Another body in brackets stays the person's employer."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PANEL = (
    "Kelby Youth Hustings\n\n"
    "Young people in Kelby put questions to a panel from the main parties: {line}.\n"
)


def _ties(line: str) -> tuple[set, set]:
    seed = extract_text(_PANEL.format(line=line), path="page.txt")
    return pairs(seed, "MEMBER_OF"), pairs(seed, "WORKS_FOR")


def test_a_party_in_brackets_after_a_person_is_a_membership():
    line = (
        "Tim Fenn (Conservatives), Ann Bell (Labour), Rhea Cole (Greens) "
        "and Mark Hill (Kelby Party)"
    )
    members, works = _ties(line)
    assert {
        ("Tim Fenn", "Conservatives"),
        ("Ann Bell", "Labour"),
        ("Rhea Cole", "Greens"),
        ("Mark Hill", "Kelby Party"),
    } <= members
    assert not works


def test_a_party_after_a_members_letters_is_a_membership():
    members, works = _ties("Jane Doe MP (Labour) and Cllr Omar Sted (Kelby Independents Party)")
    assert {("Jane Doe", "Labour"), ("Omar Sted", "Kelby Independents Party")} <= members
    assert not works


def test_a_working_party_or_another_body_in_brackets_is_no_party():
    members, works = _ties("Ann Bell (Kelby Working Party) and Tom Gray MBE (Tollgate Trust)")
    assert ("Tom Gray", "Tollgate Trust") in works
    assert not any(who == "Ann Bell" for who, _ in members)
