"""A place or ward named before "councillor", the council named after the holder
("Kelby councillor Jane Doe, of Fenby Council"): the post is the council's, and the
place is no employer (`civic_posts.ward_before_councillor`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "who", "council", "area"),
    [
        ("Marsh End councillor Ada Foss, of Fenby District Council, opened the fair.\n",
         "Ada Foss", "Fenby District Council", "Marsh End"),
        ("Ward councillor Jo Tern, of Kelby Borough Council, answered questions.\n",
         "Jo Tern", "Kelby Borough Council", "Ward"),
        ("Castle Hill councillor Cllr Ada Foss, from Fenby City Council, spoke first.\n",
         "Ada Foss", "Fenby City Council", "Castle Hill"),
    ],
)  # fmt: skip
def test_the_council_after_the_name_employs_the_councillor(text, who, council, area):
    worked = pairs(extract_text(text), "WORKS_FOR")
    assert (who, council) in worked
    assert (who, area) not in worked


def test_a_body_before_another_post_still_holds_it():
    """Not a councillor: the body before the post is where it is held."""
    text = "Kelby Trust director Jo Tern, of Fenby, opened the fair.\n"
    assert ("Jo Tern", "Kelby Trust") in pairs(extract_text(text), "WORKS_FOR")
