"""Bodies listed after a noun that says what a named body is ("the Foo Alliance, a
partnership of A, B and C", "Foo is an alliance of nine charities, including A and
B", "Foo is a collaboration between A and B") are members of that body; so are
bodies named "alongside" when one is "part of" a named group (members, not the
group's partners). A project or place the partners share keeps them partners. All
names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text + "\n", path="page.txt")


def _tied(seed: dict) -> set[frozenset[str]]:
    return {frozenset(p) for kind in ("PARTNER_OF", "COLLABORATES_WITH") for p in pairs(seed, kind)}


@pytest.mark.parametrize(
    ("text", "body", "listed"),
    [
        ("The survey was commissioned by the Fenby Digital Alliance, a partnership of "
         "Orton City Council, Fenby Libraries and Age Concern Fenby.",
         "Fenby Digital Alliance", ["Orton City Council", "Fenby Libraries", "Age Concern Fenby"]),
        ("Kelby Carers Alliance is a partnership of nine carers' organisations, including "
         "Orton Carers Centre, Fenby Young Carers and Crossroads Care Kelby.",
         "Kelby Carers Alliance", ["Orton Carers Centre", "Fenby Young Carers",
                                   "Crossroads Care Kelby"]),
        ("Fenby Safe Streets is a collaboration between Kelby Police, Orton City Council "
         "and Fenby Rape Crisis.",
         "Fenby Safe Streets", ["Kelby Police", "Orton City Council", "Fenby Rape Crisis"]),
    ],
)  # fmt: skip
def test_bodies_a_named_group_is_made_of_are_its_members(text, body, listed):
    members = pairs(_seed("Local news\n\n" + text), "MEMBER_OF")
    for name in listed:
        assert (name, body) in members


def test_part_of_a_named_group_alongside_others_makes_them_members():
    seed = _seed(
        "Annual review\n\n"
        "Orton Carers Link is now part of the Kelby Carers Partnership, alongside Kelby "
        "County Council, Fenby Young Carers and Crossroads Care Kelby."
    )
    assert ("Fenby Young Carers", "Kelby Carers Partnership") in pairs(seed, "MEMBER_OF")
    assert frozenset({"Kelby Carers Partnership", "Fenby Young Carers"}) not in _tied(seed)


def test_partners_in_a_shared_place_or_project_stay_partners():
    seed = _seed(
        "Talks this season\n\n"
        "Dr Ann Lowe of the Ashby Rivers Trust on the otter project at Dunwell Marshes, a "
        "partnership between the Ashby Rivers Trust and Orton Estate."
    )
    assert frozenset({"Ashby Rivers Trust", "Orton Estate"}) in _tied(seed)
