"""A post between commas after its holder, long in lower case before "at the
<body>" ("Cllr Jane Doe, committee vice-chairman for children and young people's
services at the council, said"): the holder's post at the body last named with
that word, read whole."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    ("opening", "line", "where"),
    [
        (
            "Kelby County Council has backed the Kelby Music Hub for ten years.",
            "Coun Julia Jepp, committee vice-chairman for children and young people’s "
            "services at the council, said: “The concert is a showcase.”",
            "Kelby County Council",
        ),
        (
            "Tollgate Trust has opened a new centre in Kelby.",
            "Ann Bell, senior manager for volunteering and community outreach with older "
            "people at the trust, said the centre is busy.",
            "Tollgate Trust",
        ),
    ],
)
def test_a_long_post_before_at_the_body_is_held_there(opening, line, where):
    seed = extract_text(f"Kelby news\n\n{opening}\n\n{line}\n", path="page.txt")
    who = line.split(",")[0].removeprefix("Coun ")
    found = {(w, t, r.lower()) for w, _, t, r in posts(seed)}
    assert any(w == who and t == where and ("chairman" in r or "manager" in r) for w, t, r in found)
