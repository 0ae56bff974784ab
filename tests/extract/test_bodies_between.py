"""Members told by the shape of the sentence: a body said to be a partnership or a
collaboration "between" bodies ("Foo is a collaboration between A, B and C", "Foo,
a partnership between A and B", "A partnership between A and B has been formed"
under a headline naming the Foo Partnership: rules/compositions.py), and people
"of" or "from" a sports club, a youth council or a Churches Together
(`vocab/member_body_tails.txt`: members, not staff). Near misses give nothing.
All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _members(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        ("Warm Homes Kelby is a collaboration between Fenby Council, Ormsby Homes and "
         "the charity Ada Trust.\n", "Warm Homes Kelby",
         ["Fenby Council", "Ormsby Homes", "Ada Trust"]),
        ("The scheme is run by Lark Streets Together, a partnership between Fenby "
         "Council and Ormsby Homes, and opens in May.\n", "Lark Streets Together",
         ["Fenby Council", "Ormsby Homes"]),
        ("Kelby Care Partnership launches\n\nA new partnership between Fenby Medical "
         "Group, Kelby Pharmacy and the charity Ada Trust has been formed to help "
         "people sleeping rough.\n", "Kelby Care Partnership",
         ["Fenby Medical Group", "Kelby Pharmacy", "Ada Trust"]),
        ("Ormsby Food Alliance marks first year\n\nAn alliance between Ormsby Larder, "
         "Fenby Mind and Kelby College was set up last spring to share surplus food.\n",
         "Ormsby Food Alliance", ["Ormsby Larder", "Fenby Mind", "Kelby College"]),
    ],
)  # fmt: skip
def test_bodies_a_partnership_is_between_are_its_members(text, body, members):
    found = _members(text)
    for m in members:
        assert (m, body) in found


@pytest.mark.parametrize(
    "text",
    [
        # no body named as the partnership: partners, not members of anything
        "A partnership between Fenby Council and Ormsby Homes has secured a lease on "
        "the old depot.\n",
        # "between" after a word that is no body
        "Kelby Trust chose between Fenby Council and Ormsby Homes for the contract.\n",
        "The link between Fenby Mind and Kelby College is strong.\n",
    ],
)
def test_between_with_no_body_named_gives_no_members(text):
    assert _members(text) == set()


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("First home was Dan Frost of Kelby Athletic Club in 32 minutes.\n",
         "Dan Frost", "Kelby Athletic Club"),
        ("Speakers included Reverend Ada Foss of Fenby Churches Together.\n",
         "Ada Foss", "Fenby Churches Together"),
        ("I ran a stall with my friend Tim Cole from the Kelby Youth Council.\n",
         "Tim Cole", "Kelby Youth Council"),
        ("The cheque was handed over by Jo Tern of Ormsby Rotary Club.\n",
         "Jo Tern", "Ormsby Rotary Club"),
    ],
)  # fmt: skip
def test_people_of_a_club_or_youth_council_are_members(text, person, body):
    seed = extract_text(text, path="page.txt")
    assert (person, body) in pairs(seed, "MEMBER_OF")
    assert (person, body) not in pairs(seed, "WORKS_FOR")


def test_a_person_of_a_youth_club_is_not_made_a_member():
    seed = extract_text("The talk was given by Jo Tern of Fenby Youth Club.\n", path="page.txt")
    assert ("Jo Tern", "Fenby Youth Club") not in pairs(seed, "MEMBER_OF")
