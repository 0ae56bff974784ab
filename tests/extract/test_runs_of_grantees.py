"""A list's line or paragraph that is only a run of names ("Tern Trust, Kelby
Rowing Club, and the Fenby Theatre Company." under "Grants went to the following
groups:"): each body of the run is an item, not just the first
(rules/lead_lists.run_of_bodies, read by lead_lists.list_item and
grant_paragraphs). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LEAD = "The Heron Foundation awarded grants to the following organisations:\n\n"


@pytest.mark.parametrize(
    "listed",
    [
        "Tern Trust, Kelby Rowing Club, and the Fenby Theatre Company.\n",
        "- Tern Trust, Kelby Rowing Club and Fenby Theatre Company\n- Dale Youth Project\n",
    ],
)
def test_each_body_of_a_run_of_names_under_a_grantee_lead_in_is_a_grantee(listed):
    funded = pairs(extract_text(_LEAD + listed), "FUNDED")
    assert {
        ("Heron Foundation", "Tern Trust"),
        ("Heron Foundation", "Kelby Rowing Club"),
        ("Heron Foundation", "Fenby Theatre Company"),
    } <= funded


@pytest.mark.parametrize(
    "listed",
    [
        "- Tern Trust, for its work with Kelby Rowing Club\n- Dale Youth Project\n",
        "- Tern Trust, Kelby\n- Dale Youth Project\n",
    ],
)
def test_a_line_that_goes_on_past_its_first_body_names_one_grantee(listed):
    funded = pairs(extract_text(_LEAD + listed), "FUNDED")
    assert ("Heron Foundation", "Tern Trust") in funded
    assert not {g for f, g in funded if g in {"Kelby Rowing Club", "Kelby"}}


# ------------------------------------------------ a lead-in ending on the groups the money went to


@pytest.mark.parametrize(
    "lead",
    [
        "The Heron Foundation awarded grants to seven organisations in Kelby:",
        "In March, the Heron Foundation gave £40,000 in grants to 12 small local charities "
        "across the county:",
    ],
)
def test_a_lead_in_ending_on_the_groups_given_to_lists_grantees(lead):
    funded = pairs(extract_text(lead + "\n\n- Tern Trust\n- Kelby Rowing Club\n"), "FUNDED")
    assert {("Heron Foundation", "Tern Trust"), ("Heron Foundation", "Kelby Rowing Club")} <= funded


@pytest.mark.parametrize(
    "lead",
    [
        "The Heron Foundation gives advice to groups such as:",
        "The Heron Foundation wants to talk to local groups about:",
    ],
)
def test_groups_after_to_with_no_money_list_no_grantees(lead):
    funded = pairs(extract_text(lead + "\n\n- Tern Trust\n- Kelby Rowing Club\n"), "FUNDED")
    assert not funded
