"""A body's letters running into a post whose holder is set apart by commas
("TRHG Chief Executive, Jane Doe, said"): the holder works at the body the
letters stand for, whether the page spelt them out in brackets or not."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    "opening",
    [
        "Tollgate Road Housing Group hosted an event for tenants in Kelby.",
        "Tollgate Road Housing Group (TRHG) hosted an event for tenants in Kelby.",
    ],
)
def test_letters_before_a_post_and_its_holder_are_the_holders_body(opening):
    seed = extract_text(
        f"Tenants meet\n\n{opening}\n\n"
        "TRHG Chief Executive, Ann Bell, said: “TRHG was delighted to host this event.”\n",
        path="page.txt",
    )
    found = {(w, t) for w, _, t, _ in posts(seed)}
    assert ("Ann Bell", "Tollgate Road Housing Group") in found


def test_letters_before_a_post_with_no_holder_are_left():
    seed = extract_text(
        "Tenants meet\n\nTollgate Road Housing Group hosted an event in Kelby.\n\n"
        "The TRHG Chief Executive post is open to applicants.\n",
        path="page.txt",
    )
    assert not posts(seed)
