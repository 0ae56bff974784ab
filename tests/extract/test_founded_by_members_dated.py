"""A body with members founded or convened by bodies: "the partnership was set up in
2021 by A, B and C", "the Alliance, convened by A and B, now has 86 members",
"co-convened by" (`made_of` cues in patterns/membership.jsonl, read by
`rules/compositions`). All names and sentences are made up."""

from __future__ import annotations

from tests.extract.reading import members


def test_set_up_in_a_year_by_bodies():
    found = members(
        "Kelby news\n\n"
        "The Ashby Town Centre Partnership was set up in 2021 by Ashby Chamber of "
        "Commerce, Ashby Town Council and Fenshire County Council."
    )
    assert ("Ashby Chamber of Commerce", "Ashby Town Centre Partnership") in found
    assert ("Fenshire County Council", "Ashby Town Centre Partnership") in found


def test_convened_by_bodies():
    found = members(
        "Kelby news\n\n"
        "The Dalby VCSE Alliance, convened by Dalby CVS and Tern Voluntary Action, now "
        "has 86 member organisations."
    )
    assert ("Dalby CVS", "Dalby VCSE Alliance") in found
    assert ("Tern Voluntary Action", "Dalby VCSE Alliance") in found


def test_co_convened_by_bodies():
    found = members(
        "Kelby news\n\n"
        "The Marsh Insight Network, co-convened by Marsh Voluntary Action and Kelby "
        "University, now has ten member organisations."
    )
    assert ("Marsh Voluntary Action", "Marsh Insight Network") in found


def test_not_an_event_convened_by_bodies():
    found = members(
        "Kelby news\n\n"
        "The roundtable was convened by Fenby Borough Council and the Kelby Health "
        "Partnership."
    )
    assert not {p for p in found if p[0] == "Fenby Borough Council"}


def test_not_a_founder_person_as_member():
    found = members("Kelby news\n\nThe Tern Valley Partnership was founded in 1990 by Jo Tern.")
    assert ("Jo Tern", "Tern Valley Partnership") not in found
