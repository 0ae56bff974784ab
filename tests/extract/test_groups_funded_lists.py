""" "One of the groups funded this week is A", "Groups funded this year include A and
B": the funder in view funded the bodies listed (rules/grants.py, the
`funded_list` cues). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

OPENING = "# News\n\nThe Heron Foundation has awarded £2m to groups across Westshire.\n\n"


@pytest.mark.parametrize(
    ("sentence", "grantees"),
    [
        (
            "One of the groups funded this week is the Dalby Community Hall.",
            ["Dalby Community Hall"],
        ),
        (
            "Groups funded this year include Tern Trust, Wren Club and Plover Arts.",
            ["Tern Trust", "Wren Club", "Plover Arts"],
        ),
        ("Among the projects funded is Tern Trust.", ["Tern Trust"]),
        (
            "Schemes funded over the years include Tern Trust and Plover Arts.",
            ["Tern Trust", "Plover Arts"],
        ),
        ("Clubs supported this year include Tern Trust and Plover Arts.", ["Tern Trust"]),
    ],
)
def test_the_bodies_listed_after_groups_funded_were_funded(sentence, grantees):
    found = pairs(extract_text(OPENING + sentence + "\n", path="page.txt"), "FUNDED")
    assert {("Heron Foundation", g) for g in grantees} <= found


def test_groups_funded_by_another_are_not_the_funder_in_views():
    seed = extract_text(
        OPENING + "Groups funded by Kelby Council include Tern Trust.\n", path="page.txt"
    )
    assert ("Heron Foundation", "Tern Trust") not in pairs(seed, "FUNDED")


def test_a_funded_list_needs_a_plural_noun_of_grantees_before_the_verb():
    seed = extract_text(
        OPENING + "Events supported this year include the Kelby Fair and the Dalby Gala.\n",
        path="page.txt",
    )
    assert not any(to in {"Kelby Fair", "Dalby Gala"} for _, to in pairs(seed, "FUNDED"))
