"""Where a new post holder comes from: "joins from Foo", "was previously at Foo",
"who comes to us from Foo Council's team" (rules/came_from.py), with the post a
"where she was ..." clause names; the person appointed is a person even when the
name first reads as a place; and what is not a move between jobs."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


@pytest.mark.parametrize(
    ("text", "person", "employer"),
    [
        (
            "Kelby Trust has welcomed Ada Foss as its new funding officer. Ada Foss was "
            "previously at the Fenby Community Trust.",
            "Ada Foss",
            "Fenby Community Trust",
        ),
        (
            "Tarn Advice has a new caseworker, Jo Tern. Jo Tern joins from Fenby Law Centre.",
            "Jo Tern",
            "Fenby Law Centre",
        ),
        (
            "Joining the team is Sam Lee, our new volunteer officer, who comes to us from "
            "Fenby Borough Council's housing team.",
            "Sam Lee",
            "Fenby Borough Council",
        ),
        (
            "Kelby Homes named Ola Brisk as director. Ola Brisk will join in May from "
            "Tarn Housing Group.",
            "Ola Brisk",
            "Tarn Housing Group",
        ),
        (
            "Rita Vale, who moved from Kelby Mind last year, now runs the cafe.",
            "Rita Vale",
            "Kelby Mind",
        ),
    ],
)
def test_the_body_a_post_holder_came_from(text, person, employer):
    assert (person, employer) in pairs(extract_text(text), "WORKS_FOR")


def test_the_post_held_there_is_read_from_the_where_clause():
    seed = extract_text(
        "Fenby Youth Trust has appointed Ada Foss as its chief executive. She joins in "
        "March from the Tarn Foundation, where she has been head of grants since 2020."
    )
    roles = with_roles(seed, "WORKS_FOR")
    assert ("Ada Foss", "Tarn Foundation", "Head of Grants") in roles
    assert ("Ada Foss", "Fenby Youth Trust", "Chief Executive") in roles


def test_a_new_post_is_still_read_beside_the_old_body():
    seed = extract_text(
        "Kelby Trust is pleased to welcome Jo Tern as our new Funding Officer. Jo Tern "
        "was previously at the Fenby Community Trust."
    )
    assert ("Jo Tern", "Kelby Trust", "Funding Officer") in with_roles(seed, "WORKS_FOR")


@pytest.mark.parametrize("name", ["Tamsin Okafor", "Tamsin Okafor-Reid"])
def test_the_one_appointed_is_a_person(name):
    seed = extract_text(f"Coldharbour Youth Trust has appointed {name} as its new chief executive.")
    assert (name, "Coldharbour Youth Trust") in pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # the charity moves, not the person who speaks of it
        (
            "Jo Tern said the charity moves from Fenby Hall Trust to the old library next month.",
            "Jo Tern",
            "Fenby Hall Trust",
        ),
        # money comes from a funder; nobody worked there
        (
            "The grant for Ada Foss's post came from the Tarn Foundation.",
            "Ada Foss",
            "Tarn Foundation",
        ),
        # not straight after the cue: from the start of an event
        (
            "Sam Lee joined from the start of the Kelby Trust fun day.",
            "Sam Lee",
            "Kelby Trust",
        ),
    ],
)
def test_not_a_move_between_jobs(text, person, body):
    assert (person, body) not in pairs(extract_text(text), "WORKS_FOR")


@pytest.mark.parametrize(
    "said",
    [
        "She succeeds Jo Tern, who retires in June after 12 years with the association.",
        "Ada replaces Jo Tern, who is retiring after ten years.",
    ],
)
def test_the_one_succeeded_after_a_first_name_held_the_new_post(said):
    seed = extract_text(
        "Kelby Homes has named Ada Foss as its new chief executive. Ada joins from Tarn "
        f"Housing Trust, where she has been director of services since 2019. {said}"
    )
    roles = with_roles(seed, "WORKS_FOR")
    assert ("Jo Tern", "Kelby Homes", "Chief Executive") in roles
    assert ("Jo Tern", "Tarn Housing Trust") not in pairs(seed, "WORKS_FOR")
