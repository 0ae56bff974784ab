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
