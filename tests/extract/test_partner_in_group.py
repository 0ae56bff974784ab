"""A body set beside "the lead partner/provider in" a group is a member of it, also
when the group's name is followed by its kind in lower case ("the Westshire Cares
partnership") (rules/membership.py). Fictional names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


@pytest.mark.parametrize(
    "line, group, role",
    [
        (
            "The services moved to Kelby Hospitals NHS Trust, the lead provider in the "
            "Westshire Cares partnership, last year.",
            "Westshire Cares",
            "lead provider",
        ),
        (
            "The services moved to Kelby Hospitals NHS Trust, the lead partner in the "
            "Westshire Health Partnership, last year.",
            "Westshire Health Partnership",
            "lead partner",
        ),
    ],
)
def test_a_body_apposed_as_a_partner_in_a_group_is_its_member(line, group, role):
    seed = extract_text("Westshire news.\n\n" + line + "\n")
    assert ("Kelby Hospitals NHS Trust", group, role) in with_roles(seed, "MEMBER_OF")


def test_a_body_apposed_as_something_else_is_not_a_member():
    line = "The services moved to Kelby Hospitals NHS Trust, the biggest employer in Fenby."
    seed = extract_text("Westshire news.\n\n" + line + "\n")
    assert not pairs(seed, "MEMBER_OF")
