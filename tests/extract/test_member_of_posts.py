"""'Member of Parliament Tam Orrin': the post before a person's name is no body's
name. Made-up write-ups, one kind of fault from real pages (issue 11)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Member of Parliament Tam Orrin visited the Northtown Foodbank on Friday.", "Tam Orrin"),
        ("The day was opened by Member of the Scottish Parliament Rona Kell.", "Rona Kell"),
    ],
)
def test_member_of_a_body_before_a_name_is_a_post_not_a_body(text, person):
    found = entities(text)
    assert ("Person", person) in found
    assert not any(name.startswith("Member") for _, name in found)
