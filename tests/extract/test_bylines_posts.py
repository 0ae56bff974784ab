"""A byline giving the author's post and no body ("Posted 3 May 2025 by Jane Doe,
Network Coordinator"): the post is held at the page's own body; a reporter's post
is no post there."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_BODY = (
    "\n\nKelby Carers Network held its spring gathering at Fenby Library. "
    "Kelby Carers Network thanks everyone who came along.\n"
)


def _posts(byline: str) -> set[tuple[str, str, str | None]]:
    seed = extract_text("Spring gathering: what we heard\n\n" + byline + _BODY, path="page.txt")
    return with_roles(seed, "WORKS_FOR")


def test_a_post_in_the_byline_is_held_at_the_pages_body():
    found = _posts("Posted 3 May 2025 by Ada Foss, Volunteering Lead")
    assert ("Ada Foss", "Kelby Carers Network", "Volunteering Lead") in found


def test_a_reporters_byline_holds_no_post_at_the_body_reported():
    assert not _posts("By Ada Foss, Community Reporter")
