"""A grantee told by what it will do with a sum: "Foo Housing will use £300,000 to
create a community hub" on a page whose funder is in view received the sum from it
(`received_funding` cue "will use £"). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

ROUND = "News\n\nThe Hazel Trust has announced its autumn round of community grants.\n\n"


@pytest.mark.parametrize(
    ("sentence", "grantee"),
    [
        (
            "Fenby Housing and Support will use £30,000 to create a hub in their building.",
            "Fenby Housing and Support",
        ),
        ("Kelby Rowing Club will use £4,500 to buy two new boats.", "Kelby Rowing Club"),
    ],
)
def test_a_body_that_will_use_a_sum_received_it_from_the_funder_in_view(sentence, grantee):
    assert ("Hazel Trust", grantee) in pairs(extract_text(ROUND + sentence + "\n"), "FUNDED")


def test_a_sum_used_with_no_funder_in_view_is_no_grant():
    seed = extract_text(
        "News\n\nKelby Council will use £2m to repair roads in Fenby this summer.\n"
    )
    assert not pairs(seed, "FUNDED")
