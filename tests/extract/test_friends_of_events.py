"""A "Friends of" group named only inside its own meeting's name ("the Friends of
Kelby Meadows AGM") is a body (event_name_bodies.py): it organised the meeting, and
the posts the page names with no body ("Our chair, Ada Foss") are held there. Near
misses: a meeting of "Friends Day" or of "the Friends' choir" names no body. Made-up
bodies and wording."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows, types_in


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("text", "body", "post"),
    [
        (
            "AGM round-up\n\nMany thanks to all who came to the Friends of Kelby Meadows "
            "AGM on 4 May at the Church Rooms. Our chair, Ada Foss, gave her report on "
            "the year.",
            "Friends of Kelby Meadows",
            ("Ada Foss", "MEMBER_OF", "Friends of Kelby Meadows", "chair"),
        ),
        (
            "Notes\n\nThe Friends of Orton Library annual general meeting was held in "
            "the reading room. Jo Tern was elected treasurer.",
            "Friends of Orton Library",
            None,
        ),
    ],
)
def test_a_friends_group_in_its_meeting_s_name_is_a_body(text, body, post):
    seed = _seed(text)
    assert "Organisation" in types_in(seed, body)
    if post:
        assert post in rows(seed)


def test_a_friends_day_meeting_names_no_body():
    seed = _seed("Friends Day AGM\n\nThe Friends Day AGM met in the hall. Our chair spoke.")
    assert not types_in(seed, "Friends Day")
