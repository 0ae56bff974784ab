"""A post the role finder does not read whole, after a body's possessive between
commas ("Jane Doe, Foo Trust's customer engagement advisor, said", "Jane Doe, Foo
Trust's SW Beach Manager,"): the person works there in that post."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("sentence", "who", "where"),
    [
        (
            "Debbie Kane, Tollgate Trust’s customer engagement advisor, adds: “It will bring joy.”",
            "Debbie Kane",
            "Tollgate Trust",
        ),
        (
            "Steve Lowe, Wrenfield Housing's SW Estates Manager, is our guest speaker.",
            "Steve Lowe",
            "Wrenfield Housing",
        ),
    ],
)
def test_a_post_after_a_bodys_possessive_is_held_there(sentence, who, where):
    seed = extract_text(f"Kelby news\n\n{sentence}\n", path="page.txt")
    assert (who, where) in pairs(seed, "WORKS_FOR")


def test_a_thing_of_the_body_after_its_possessive_is_no_post():
    seed = extract_text(
        "Kelby news\n\nAnn Bell, Tollgate Trust's new community garden, opened today.\n",
        path="page.txt",
    )
    assert not pairs(seed, "WORKS_FOR")
