"""A funder named after its grantees: "Tern Food Hub has been awarded £5,000 ...
The funding comes from the Heron Trust" (rules/grants.earlier_grantees): the
grantees told before any funder was in view were funded by the first one the
page then names as giving. Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "after",
    [
        "The funding comes from the Heron Trust.",
        "The money was awarded by the Heron Trust.",
        "The grant is from the Heron Trust's Community Chest.",
        "The Heron Trust awards grants to youth groups across Kelby.",
    ],
)
def test_the_funder_named_next_funded_the_grantee_told_first(after):
    seed = extract_text(
        "Tern Food Hub has been awarded £5,000 to run a holiday club.\n" + after + "\n",
        path="page.txt",
    )
    assert ("Heron Trust", "Tern Food Hub") in pairs(seed, "FUNDED")


def test_a_grantee_already_given_its_funder_waits_for_no_other():
    seed = extract_text(
        "The Heron Trust has selected Tern Food Hub to receive a grant this year.\n\n"
        "Plover Youth Club was chosen to receive funding from the Marlow Foundation.\n",
        path="page.txt",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Heron Trust", "Tern Food Hub") in funded
    assert ("Marlow Foundation", "Tern Food Hub") not in funded


def test_a_body_named_later_for_anything_but_giving_funded_nothing():
    seed = extract_text(
        "Tern Food Hub has been awarded £5,000 to run a holiday club.\n"
        "The club meets at the Heron Trust's hall.\n",
        path="page.txt",
    )
    assert not pairs(seed, "FUNDED")
