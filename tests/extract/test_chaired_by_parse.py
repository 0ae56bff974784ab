"""Who chairs a body, said with words between "chaired" and "by" ("chaired this year
by"), an adverb before the verb ("It is currently chaired by"), a word before the
name no title list holds ("by Superintendent Jo Tern"), a committee or forum named
before ("the Fenby Scrutiny Committee, chaired by"), or a described body ("Kelby
Carnival Arts, a volunteer-led charity chaired by"): MEMBER_OF, role chair
(rules/chairs.py, rules/chair_agents.py). A councillor who chairs a committee still
sits on the council (rules/page_posts.py). Near misses give nothing. All names and
sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_NEWS = "Kelby news\n\n"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The fair is run by volunteers from the Kelby Town Team, chaired this year by Jo Tern.",
            "Jo Tern",
            "Kelby Town Team",
        ),
        (
            "The Safer Fenby Partnership brings together the council and the police. It is "
            "currently chaired by Superintendent Ada Foss, the district's police commander.",
            "Ada Foss",
            "Safer Fenby Partnership",
        ),
        (
            "The Fenby Scrutiny Committee, chaired by Councillor Sam Reed, looked at the "
            "plans in May.",
            "Sam Reed",
            "Fenby Scrutiny Committee",
        ),
        (
            "The parade is organised by Kelby Carnival Arts, a volunteer-led charity chaired "
            "by Jo Tern.",
            "Jo Tern",
            "Kelby Carnival Arts",
        ),
    ],
)
def test_the_chair_of_a_body_said_with_a_passive(text, person, body):
    seed = extract_text(_NEWS + text + "\n", path="page.txt")
    assert (person, body, "chair") in with_roles(seed, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a meeting, not a body, is chaired
        (
            "The Kelby Town Team met in May. The meeting was chaired this year by Jo Tern.",
            "Jo Tern",
            "Kelby Town Team",
        ),
        # the described thing is an event, not a body
        (
            "Kelby Carnival Arts held a debate, a lively session chaired by Jo Tern.",
            "Jo Tern",
            "Kelby Carnival Arts",
        ),
    ],
)
def test_no_chair_from_near_misses(text, person, body):
    seed = extract_text(_NEWS + text + "\n", path="page.txt")
    assert (person, body) not in pairs(seed, "MEMBER_OF")


def test_a_councillor_who_chairs_a_committee_still_sits_on_the_council():
    seed = extract_text(
        "Fenby Borough Council news\n\nThe Fenby Scrutiny Committee, chaired by Councillor "
        "Sam Reed, looked at the plans in May.\n",
        path="page.txt",
    )
    assert ("Sam Reed", "Fenby Scrutiny Committee") in pairs(seed, "MEMBER_OF")
    assert ("Sam Reed", "Fenby Borough Council") in pairs(seed, "WORKS_FOR")


def test_a_board_owned_by_a_body_named_with_its_word():
    seed = extract_text(
        _NEWS + "The Kelby Children's Alliance now has 30 members. The alliance's board is "
        "chaired by Revd Jo Tern.\n",
        path="page.txt",
    )
    assert ("Jo Tern", "Kelby Children's Alliance", "chair") in with_roles(seed, "MEMBER_OF")


def test_a_board_owned_by_a_body_never_named_gives_no_chair():
    seed = extract_text(
        _NEWS + "The Kelby Trust met in May. The alliance's board is chaired by Revd Jo Tern.\n",
        path="page.txt",
    )
    assert ("Jo Tern", "Kelby Trust") not in pairs(seed, "MEMBER_OF")
