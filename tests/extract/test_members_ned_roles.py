"""A non-executive director's seat is written in GOLD.md's words, "board member"
(vocab/membership_role_words.txt); a post with no such word keeps the page's.
All names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def test_a_non_executive_director_sits_as_a_board_member():
    seed = extract_text(
        "Kelby Health Trust appoints two\n\nKelby Health Trust has appointed Ada Foss as a "
        "Non-Executive Director and Jo Tern as Treasurer of its board.\n"
    )
    found = with_roles(seed, "MEMBER_OF")
    assert ("Ada Foss", "Kelby Health Trust", "board member") in found
    assert not [f for f in found if f[2] and "executive" in f[2].lower()]
