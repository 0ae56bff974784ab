"""A one-word name that receives money is a body: "Kelbywatch has been granted
£8,000", "Kelbywatch, which links the town's groups, has been awarded £1,000".
Made-up write-ups, one kind of fault from real pages (issue 11)."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    "text",
    [
        "Kelbywatch has been granted £8,000 to contribute towards a programme.",
        "Kelbywatch was given £500 towards a booklet for older people.",
        "Kelbywatch, which links together the ten watch groups in Westshire, has been "
        "awarded £1,000 to help pay for a booklet.",
    ],
)
def test_a_name_that_receives_money_is_an_organisation(text):
    assert ("Organisation", "Kelbywatch") in entities(text)


def test_a_body_that_receives_money_after_a_who_clause():
    found = entities(
        "Renewal CPR, who provide a foodbank and related services in Northtown, "
        "were awarded £2,000 from the community fund."
    )
    assert ("Organisation", "Renewal CPR") in found


def test_a_name_given_no_money_is_not_made_a_body():
    found = entities("Kelbywatch was given a warm welcome at the Northtown Fair.")
    assert ("Organisation", "Kelbywatch") not in found
