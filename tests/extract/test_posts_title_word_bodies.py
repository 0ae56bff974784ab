"""A job title written before a name whose first word, an everyday word, was read
as the body the post is held at: "Libraries Manager Jo Tern", "Head of Libraries
Ada Foss", "Registered Manager: Tom Reed". No post is held at a body named
"Libraries" or "Registered"; the body the page names for the post is kept. All
names and sentences made up (seed_relations.title_word_as_body)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.seed_relations import title_word_as_body
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "text, person",
    [
        (
            'The library in Kelby will open on Sundays. "Older readers asked for it," said '
            "Libraries Manager Jo Tern.\n",
            "Jo Tern",
        ),
        (
            "Head of Libraries Ada Foss said the borough would keep all six branches open.\n",
            "Ada Foss",
        ),
    ],
)
def test_a_title_word_is_no_employer(text, person):
    seed = extract_text(text, path="page.txt")
    assert (person, "Libraries") not in pairs(seed, "WORKS_FOR")


def test_the_body_named_for_the_post_is_kept():
    text = "Kirsty Lane, Parks Officer at Fenby District Council, led the walk.\n"
    seed = extract_text(text, path="page.txt")
    assert ("Kirsty Lane", "Fenby District Council") in pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    "body, role, evidence, dropped",
    [
        ("Libraries", "Manager", "said Libraries Manager Jo Tern.", True),
        ("Libraries", "Head", "Head of Libraries Jo Tern said", True),
        ("Registered", "Manager", "Registered Manager: Ada Foss", True),
        ("Kelby Libraries", "Manager", "said Kelby Libraries Manager Jo Tern.", False),
        ("Fenby", "Manager", "said Fenby Manager Jo Tern.", False),  # a place
        ("Libraries", None, "Jo Tern of Libraries", False),  # no post said
    ],
)
def test_which_bodies_are_title_words(body, role, evidence, dropped):
    assert title_word_as_body(body, role, evidence) is dropped


def test_a_one_word_body_named_with_more_words_after_keeps_its_post():
    assert not title_word_as_body(
        "Mind", "chief executive", "Jo Tern, chief executive of Mind in Kelby, said"
    )
