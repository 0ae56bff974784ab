"""Partnership and collaboration cues with words of degree or kind inside them
("in close partnership with", "working very closely with", "partnership working
with"), and a body described by the place it is based in ("Kelby-based Foo")
inside a list of partners."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _pairs(seed: dict, kind: str) -> set[frozenset[str]]:
    return {frozenset((r["from"], r["to"])) for r in seed["relations"] if r["type"] == kind}


def test_an_adjective_inside_in_partnership_with():
    seed = extract_text(
        "The Fenby Wellbeing Trust is working in close partnership with Dale Housing "
        "Association on the scheme.\n"
    )
    assert frozenset({"Fenby Wellbeing Trust", "Dale Housing Association"}) in _pairs(
        seed, "PARTNER_OF"
    )


def test_an_adverb_of_degree_inside_working_closely_with():
    seed = extract_text(
        "Westmoor Borough Council has been working very closely with the Ashby Food "
        "Network since the spring.\n"
    )
    assert frozenset({"Westmoor Borough Council", "Ashby Food Network"}) in _pairs(
        seed, "COLLABORATES_WITH"
    )


def test_partnership_working_with_is_a_partnership():
    seed = extract_text(
        "The growth of the service at Kelby Community Trust owes much to partnership "
        "working with the Marlow Arts Foundation.\n"
    )
    assert frozenset({"Kelby Community Trust", "Marlow Arts Foundation"}) in _pairs(
        seed, "PARTNER_OF"
    )


def test_a_place_a_partner_is_based_in_does_not_end_the_list():
    seed = extract_text(
        "The Bright Steps service is a partnership between Westshire based Oakvale "
        "Housing Association and Fenby Care NHS Trust.\n"
    )
    assert frozenset({"Oakvale Housing Association", "Fenby Care NHS Trust"}) in _pairs(
        seed, "PARTNER_OF"
    )
    seed = extract_text(
        "Dale Community Action works in partnership with Kelby-based Birch Products and "
        "the Ashby Trust.\n"
    )
    assert _pairs(seed, "PARTNER_OF") >= {
        frozenset({"Dale Community Action", "Birch Products"}),
        frozenset({"Dale Community Action", "Ashby Trust"}),
    }


def test_a_body_in_partnership_for_an_event_is_no_partner_taking_part_in_it():
    seed = extract_text(
        "There are events all week, including a coffee morning to celebrate Kelby Carers "
        "Day on Wednesday in Ashby, and a film screening in partnership with the Fenby "
        "Young Carers Trust.\n"
    )
    assert not [
        r
        for r in seed["relations"]
        if r["type"] == "PARTICIPATED_IN" and r.get("role") == "partner"
    ]
