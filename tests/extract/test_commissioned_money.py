"""Commissioning and money for a named thing (`rules/commissioned_work.py`,
`rules/purposed_money.py`): a body that has another run a named service or fund
for it FUNDED that service or fund; a contract won from a body is money from it;
a grant said to be for a named project or event funded it too. Fictional bodies,
made-up wording; near-misses that must give nothing."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


@pytest.mark.parametrize(
    ("sentence", "payer", "thing"),
    [
        (
            "The Kelby Community Chest is run by Fenby Community Foundation on behalf of "
            "Kelby City Council.",
            "Kelby City Council",
            "Kelby Community Chest",
        ),
        (
            "Highlights included the launch of the Dalby Small Grants Fund, which we run on "
            "behalf of Dalby Borough Council, and a new hub.",
            "Dalby Borough Council",
            "Dalby Small Grants Fund",
        ),
        (
            "In Marlow, we deliver the Marlow Recovery Service under contract to Marlow "
            "District Council, working with the NHS.",
            "Marlow District Council",
            "Marlow Recovery Service",
        ),
        (
            "Kelby Talking Therapies is managed by Fenby Health CIC on behalf of the Kelby "
            "and Dalby Integrated Care Board.",
            "Kelby and Dalby Integrated Care Board",
            "Kelby Talking Therapies",
        ),
        (
            "We are commissioned by North Fenby Council to deliver the Fenby Advocacy Service.",
            "North Fenby Council",
            "Fenby Advocacy Service",
        ),
    ],
)
def test_a_named_service_run_for_a_body_is_funded_by_it(sentence, payer, thing):
    assert (payer, thing) in _funded("Our work\n\n" + sentence + "\n")


def test_a_contract_won_from_a_body_is_money_from_it():
    sentence = (
        "A consortium of four charities led by Tern Community Action has won a £1.2 million, "
        "three-year contract from NHS Kelby Integrated Care Board to run the link worker "
        "service."
    )
    assert ("NHS Kelby Integrated Care Board", "Tern Community Action") in _funded(
        "Contract news\n\n" + sentence + "\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Tern, Director of Housing at Kelby City Council, spoke on behalf of the council.",
        "Ada Foss welcomed everyone on behalf of Kelby Trust.",
        "The service is delivered by Tern Action on behalf of the Kelby Primary Care Network.",
        "The Heron Fund is managed by Dalby Council on behalf of local NHS partners.",
        "Ada Foss collected the award on behalf of Kelby Rowing Club.",
    ],
)
def test_on_behalf_of_with_no_named_thing_run_or_no_named_payer_gives_no_funding(sentence):
    assert not _funded("Meeting notes\n\n" + sentence + "\n")


GRANTS = """Autumn grants from the Kelby Foundation

The Kelby Foundation has announced its autumn grants:

- Fenby Players – £12,000 for "Dock Songs", a heritage play made with former dockers
- Tern Boxing Club – £9,000 over two years for a girls' boxing programme, Strong Girls Fenby
- Dalby Lunch Club – £2,000 for new tables
"""


def test_a_grant_line_for_a_named_project_funds_the_project_and_the_body():
    funded = _funded(GRANTS)
    for thing in ("Fenby Players", "Dock Songs", "Tern Boxing Club", "Strong Girls Fenby"):
        assert ("Kelby Foundation", thing) in funded


def test_money_given_to_run_a_named_programme_funds_the_programme():
    funded = _funded(
        "News\n\nMarlow Playhouse has been awarded £140,000 by the Heron Arts Foundation "
        "to run Open Curtain, a two-year programme of free drama for young people.\n"
    )
    assert ("Heron Arts Foundation", "Marlow Playhouse") in funded
    assert ("Heron Arts Foundation", "Open Curtain") in funded


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Lions gave £500 to Fenby Hospice for its new garden.",
        "The Kelby Trust gave £3,000 to Fenby Youth Club for trips with Dalby Scouts.",
        "The Kelby Trust gave £3,000 to Fenby Arts for a South Asian dance programme in schools.",
    ],
)
def test_money_for_no_named_thing_or_for_a_body_funds_only_the_grantee(sentence):
    funded = _funded("News\n\n" + sentence + "\n")
    assert len(funded) == 1
