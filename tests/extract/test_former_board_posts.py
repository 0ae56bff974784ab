"""A former board seat named before a person with no organisation ("Former chairman
Jane Doe stepped down") is a seat on the page's own board, as it was
(rules/page_posts.py); a former job so named stays unplaced. Fictional names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_OPENING = "Kelby Hospitals NHS Foundation Trust has appointed Ada Brook as its new chair.\n\n"


@pytest.mark.parametrize(
    "line, role",
    [
        ("Former chairman Tom Hale stepped down in May after two years in the role.", "chairman"),
        ("The former chair, Tom Hale, stepped down in May.", "chair"),
        ("Ex-chairman Tom Hale stepped down in May after two years in the role.", "chairman"),
    ],
)
def test_a_former_board_seat_before_a_name_is_a_seat_on_the_pages_board(line, role):
    seed = extract_text(_OPENING + line + "\n")
    assert ("Tom Hale", "MEMBER_OF", "Kelby Hospitals NHS Foundation Trust", role) in posts(seed)


def test_a_former_job_before_a_name_is_not_placed_at_the_pages_body():
    seed = extract_text(_OPENING + "Former chief executive Tom Hale stepped down in May.\n")
    assert not any(who == "Tom Hale" for who, *_ in posts(seed))


def test_posts_listed_after_roles_have_included_are_each_held():
    seed = extract_text(
        "Fenby Healthwatch has a new chairman.\n\n"
        "Ada Brook will pass the role on to Tom Reed, whose former roles have included "
        "governor of the Kelby Foundation Trust and chairman of the Dalby Housing Association.\n"
    )
    held = {(w, rel, org, role.lower()) for w, rel, org, role in posts(seed)}
    assert ("Tom Reed", "MEMBER_OF", "Kelby Foundation Trust", "governor") in held
    assert ("Tom Reed", "MEMBER_OF", "Dalby Housing Association", "chairman") in held
