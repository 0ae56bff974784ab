"""Made by one body with others: "a project led by A with B and C", "led by A,
with B as consortium partners" (rules/made_with.py): the leader is each body's
partner (PARTNER_OF); a run or written thing keeps working together. All names
and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, together


def _partners(text: str) -> set[tuple[str, str]]:
    found = pairs(extract_text(text + "\n", path="page.txt"), "PARTNER_OF")
    return found | {(b, a) for a, b in found}


@pytest.mark.parametrize(
    ("text", "lead", "partner"),
    [
        ("Kelby Voices is a two-year project led by the Kelby Civic Society with Fenby "
         "Libraries and the Orton Mill Trust.", "Kelby Civic Society", "Orton Mill Trust"),
        ("The contract goes to a consortium led by Fenby Voluntary Action, with Orton "
         "Rural Community Council and Kelby Volunteer Centre as consortium partners.",
         "Fenby Voluntary Action", "Kelby Volunteer Centre"),
        ("The skills course will be delivered by a consortium led by Orton College, with "
         "Fenby College and the University of Kelby.", "Orton College", "Fenby College"),
    ],
)  # fmt: skip
def test_the_leader_partners_the_bodies_after_with(text, lead, partner):
    assert (lead, partner) in _partners(text)


def test_a_service_run_by_one_with_another_is_still_worked_on_together():
    text = "The night hub is run by Kelby Advice with Fenby Women's Centre."
    assert ("Kelby Advice", "Fenby Women's Centre") in together(text + "\n")


def test_help_after_the_comma_names_no_partner():
    text = "The Kelby Fun Run is led by Fenby Rotary, with help from local volunteers."
    assert not _partners(text)
