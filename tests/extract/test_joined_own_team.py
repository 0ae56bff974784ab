"""Staff who "joined us" or "joined the team" as a post: the post is at the page's own
body, whatever kind of post it is ("Jane Doe joins us as finance officer", "has also
joined the team as development worker"), not only a board seat or chief executive;
a body named as the one joined keeps the post (`appointers.joined_own_team`). All names
and sentences are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_HEAD = "Kelby Voluntary Action news\n\nKelby Voluntary Action supports local charities.\n\n"


def _staff(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(_HEAD + text + "\n", path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    "sentence, who, role",
    [
        ("Ada Foss joins us as financial inclusion officer.", "Ada Foss", "Financial Inclusion"),
        (
            "Omar Vance has also joined the team as Volunteering Development Worker, "
            "covering maternity leave.",
            "Omar Vance",
            "Volunteering Development Worker",
        ),
    ],
)
def test_a_staff_post_joined_with_us_is_at_the_pages_body(sentence, who, role):
    found = _staff(sentence)
    assert any(
        p == who and b == "Kelby Voluntary Action" and role in (r or "") for p, b, r in found
    )


def test_a_named_body_joined_keeps_the_post():
    found = _staff("Rae Linton joined Fenby Council in 2019 as a planning officer.")
    assert any(p == "Rae Linton" and b == "Fenby Council" for p, b, _ in found)
    assert not any(p == "Rae Linton" and b == "Kelby Voluntary Action" for p, b, _ in found)
