"""A body opening one of its own sites, told with no ceremony ("In her nine
years the trust opened its Fenby café", "has opened its third hub", "oversaw ... the
opening of its wellbeing hub"), is the body's record, not an occasion the
page reports: no "Opening of ..." event, and nobody made its attendee
(page_event/occasion_verbs.own_opening). Told with a ceremony ("officially opened its
new hall", "cut the ribbon") it still is one."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events
from tests.extract.reading import pairs


def _openings(seed: dict) -> list[dict]:
    return [e for e in _events(seed) if "pening" in e["name"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Trust appoints new chief executive\n\n"
        "Kelby Trust has appointed Ada Foss as its chief executive. She succeeds Jo "
        "Tern, who retires in March.\n\n"
        "Jo Tern came to Kelby Trust from a housing charity. In her nine years the trust "
        "opened its Fenby Wellbeing Café and took on two new youth clubs.\n",
        "Kelby Trust appoints new chief executive\n\n"
        "Kelby Trust has appointed Ada Foss as its chief executive. She succeeds Jo "
        "Tern, who retires in March.\n\n"
        "Jo Tern oversaw the trust's merger with Fenby Care in 2019 and the opening of "
        "its wellbeing hub in Dalby.\n",
        "Dalby news in brief\n\n"
        "Fenby Repair Shed opened its second site in a former bakery on Mill Lane, with "
        "help from volunteers at Kelby Trust.\n",
        "Repair shed grows\n\n"
        "Fenby Repair Shed has opened its third hub. Members pay £2 a visit to fix bikes "
        "and lamps. Jo Tern, coordinator at Fenby Repair Shed, said more volunteers are "
        "welcome.\n",
    ],
)
def test_a_body_opening_its_own_site_is_no_event(text):
    seed = extract_text(text)
    assert not _openings(seed)
    assert not pairs(seed, "PARTICIPATED_IN")


def test_an_opening_of_its_own_with_a_ceremony_is_still_an_event():
    text = (
        "Kelby Trust opens new hall\n\n"
        "Kelby Trust officially opened its Fenby Community Hall on Saturday 4 May. "
        "Ada Foss cut the ribbon in front of sixty neighbours.\n"
    )
    assert _openings(extract_text(text))


def test_a_body_reopening_its_doors_is_still_an_event():
    text = (
        "Fenby Community Kitchen reopens its doors\n\n"
        "Fenby Community Kitchen reopened its doors on Monday after a refit paid for "
        "by Kelby Trust.\n"
    )
    assert _openings(extract_text(text))
