"""A post set after a name with "the" and closed by a comma or a verb, no body named:
the page's own board seat or chief executive."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts as _posts

_PAGE = (
    "Fenby Healthwatch held its AGM at the Forum, Northtown, yesterday.\n\n"
    "At the meeting, Tom Reed the chief executive officer thanked volunteers for their work.\n\n"
    "Ada Brook the outgoing chairman said: 'It has been a busy year.'\n\n"
    "Nia Penn, the chairman, said she was proud.\n"
)


def test_a_post_after_the_name_and_the_is_held_at_the_page_body():
    posts = {(w, rel, org, role.lower()) for w, rel, org, role in _posts(extract_text(_PAGE))}
    assert ("Tom Reed", "WORKS_FOR", "Fenby Healthwatch", "chief executive officer") in posts
    assert ("Ada Brook", "MEMBER_OF", "Fenby Healthwatch", "chairman") in posts
    assert ("Nia Penn", "MEMBER_OF", "Fenby Healthwatch", "chairman") in posts


def test_a_post_at_another_body_named_after_it_is_not_the_page_body():
    seed = extract_text(
        "Fenby Healthwatch held its AGM at the Forum, Northtown, yesterday.\n\n"
        "Ada Brook, the chairman of Kelby Housing Association, said she was proud.\n"
    )
    posts = _posts(seed)
    assert not any(w == "Ada Brook" and org == "Fenby Healthwatch" for w, _, org, _ in posts)
