"""A councillor's post written next to the style, before it or in an aside after the
name ("the council leader, Cllr Jane Doe", "Cllr Jane Doe, the council's Portfolio
Holder for Parks,"): the seat at the page's council carries that post, not plain
"Councillor" (rules/councillor_titles.py)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


def _posts_of(text: str, who: str) -> set[tuple[str, str]]:
    seed = extract_text("Pavilion reopens\n\n" + text, path="page.txt")
    return {(org, role) for w, kind, org, role in posts(seed) if w == who and kind == "WORKS_FOR"}


@pytest.mark.parametrize(
    ("text", "council", "role"),
    [
        (
            "Fenby Borough Council paid for the new roof. The pavilion was reopened by "
            "the council leader, Cllr Jo Tern.",
            "Fenby Borough Council",
            "council leader",
        ),
        (
            "Fenby Town Council paid for the new roof. Deputy Mayor of Fenby Cllr Jo Tern "
            "thanked the volunteers.",
            "Fenby Town Council",
            "deputy mayor",
        ),
        (
            "The Chair of the Council, Cllr Jo Tern, handed out the prizes. Fenby District "
            "Council paid for them.",
            "Fenby District Council",
            "chair of the council",
        ),
        (
            "Fenby County Council gave £5,000. The council's Cabinet Member for Parks and "
            "Leisure, Cllr Jo Tern, said the club had earned it.",
            "Fenby County Council",
            "cabinet member for parks and leisure",
        ),
        (
            "Fenby County Council gave £5,000. Councillor Jo Tern, the county council's "
            "Cabinet Member for Sport, will join the steering group.",
            "Fenby County Council",
            "cabinet member for sport",
        ),
        (
            "Fenby District Council gave £5,000. Cllr Jo Tern, the council's Portfolio Holder "
            "for Leisure, said the club had earned it.",
            "Fenby District Council",
            "portfolio holder for leisure",
        ),
        (
            "Fenby City Council gave £5,000. [Picture: Lord Mayor of Fenby Councillor Jo Tern "
            "(left) with the club's captain.]",
            "Fenby City Council",
            "lord mayor of fenby",
        ),
    ],
)
def test_a_post_written_beside_a_councillors_style_is_the_seats_role(text, council, role):
    assert (council, role) in _posts_of(text, "Jo Tern")


@pytest.mark.parametrize(
    "text",
    [
        # a post gone
        "Fenby Borough Council paid for the new roof. The former leader, Cllr Jo Tern, "
        "cut the ribbon.",
        # no council's post: a team's leader, the opposition's
        "Fenby Borough Council paid for the new roof. The team leader, Cllr Jo Tern, "
        "cut the ribbon.",
        "Fenby Borough Council paid for the new roof. The opposition leader, Cllr Jo Tern, "
        "cut the ribbon.",
        # the aside is about someone else's post
        "Fenby Borough Council paid for the new roof. Cllr Jo Tern, the Mayor's consort, "
        "cut the ribbon.",
    ],
)
def test_no_post_beside_the_style_leaves_the_plain_seat(text):
    assert _posts_of(text, "Jo Tern") == {("Fenby Borough Council", "councillor")}


def test_a_post_elsewhere_in_the_aside_is_not_the_councils():
    found = _posts_of(
        "Fenby Borough Council paid for the new roof. Cllr Jo Tern, the chair of Kelby "
        "Bowls Club, cut the ribbon.",
        "Jo Tern",
    )
    assert not any(role == "chair of kelby bowls club" for _, role in found)
    assert not any("Council" in org and role.startswith("chair") for org, role in found)
