"""A body opening one of its own sites, told with no ceremony ("Under her
leadership the trust opened its day centre", "has opened its second site", "oversaw
the opening of its resource centre"), is the body's record, not an occasion the
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
        "Jo Tern joined Kelby Trust in 2012. Under her leadership the trust opened its "
        "Fenby Day Centre in Dalby and merged with a neighbouring charity.\n",
        "Kelby Trust appoints new chief executive\n\n"
        "Kelby Trust has appointed Ada Foss as its chief executive. She succeeds Jo "
        "Tern, who retires in March.\n\n"
        "Jo Tern oversaw the charity's move to Dalby and the opening of its resource "
        "centre in Fenby.\n",
        "Larder grows again\n\n"
        "Fenby Community Larder has opened its second site in the old library in Dalby. "
        "Jo Tern, who chairs the larder, thanked the volunteers.\n",
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
