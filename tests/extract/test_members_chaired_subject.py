"""A chair told by a passive whose subject, in the parse, is a named body: "the Foo
Board, which is chaired by Jane Doe" (even after "overseen by the Foo Board"), "Foo
Network meets monthly and is chaired by Jane Doe", "Foo Arts, which runs the hall and
is chaired by Jane Doe", "The network meets monthly and is chaired by" (the one last
named with that word; rules/chair_agents.py `subject_body`). Near misses give
nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import chair_seats


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("The scheme will be overseen by the Kelby Health Board, which is chaired by "
         "Councillor Ada Foss.\n", "Ada Foss", "Kelby Health Board"),
        ("The Fenby Advice Network meets every two months and is chaired by Jo Tern, "
         "an adviser at Kelby Homes.\n", "Jo Tern", "Fenby Advice Network"),
        ("The largest grant went to Ormsby Tenants Association, which runs the centre on "
         "Mill Street and is chaired by Nina Shah.\n", "Nina Shah", "Ormsby Tenants Association"),
        ("Lark Advice Network brings together advice agencies in Kelby. The network meets "
         "monthly and is chaired by Sam Pike.\n", "Sam Pike", "Lark Advice Network"),
    ],
)  # fmt: skip
def test_the_chair_of_the_passive_subject(text, person, body):
    assert (person, body) in chair_seats(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby Fair was hosted by Fenby Arts and chaired by Ada Foss.\n",
        "The evening, which was organised by Fenby Arts, was chaired by Jo Tern.\n",
    ],
)
def test_no_chair_of_a_host_or_an_event(text):
    assert not {pair for pair in chair_seats(text) if pair[1] == "Fenby Arts"}
