"""The sponsors of a page's event, in the phrasings write-ups use (rules/sponsors.py and
rules/event_sponsors.py together): an apposition
("Foo, the headline sponsor of the summit"), thanks ("thank you to Bar for
sponsoring the day"), a clause ("Baz, which sponsored the event"), a list ("our
sponsors were A and B") and a title before a name ("event sponsor C")."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_EVENT = "Marlow Tenants Summit 2031"
_HEAD = (
    "Marlow Tenants Summit 2031\n"
    "The Marlow Tenants Summit took place on 4 May at the Lantern Rooms in Fenby.\n"
)


@pytest.mark.parametrize(
    ("sentence", "funders"),
    [
        ("The speakers from Keyline Homes, the headline sponsor of the summit, were praised.",
         {"Keyline Homes"}),
        ("Thank you to Norwell Building Society for sponsoring the day.",
         {"Norwell Building Society"}),
        ("We are grateful to the Harbour Trust and Eastbridge Bank for sponsoring the event.",
         {"Harbour Trust", "Eastbridge Bank"}),
        ("Greenway Living, which sponsored the event, ran a stall.", {"Greenway Living"}),
        ("Our sponsors this year were Eastbridge Bank and the Harbour Trust.",
         {"Eastbridge Bank", "Harbour Trust"}),
        ("Event sponsor Eastbridge Bank had a stand, as did the Harbour Trust, our main sponsor.",
         {"Eastbridge Bank", "Harbour Trust"}),
        ("Norwell Building Society kindly sponsored the summit.", {"Norwell Building Society"}),
    ],
)  # fmt: skip
def test_a_sponsor_of_the_pages_event_funded_it(sentence, funders):
    seed = extract_text(_HEAD + sentence + "\n")
    assert {who for who, to in pairs(seed, "FUNDED") if to == _EVENT} == funders


def test_a_sponsor_of_something_else_did_not_fund_the_event():
    seed = extract_text(
        _HEAD + "Keyline Homes is also the sponsor of the Young Tenant Award. Thanks to "
        "Greenway Living for sponsoring the Fenby Rovers football kit.\n"
    )
    assert not pairs(seed, "FUNDED")


def test_no_event_no_sponsorship_of_the_day_but_our_sponsors_are_the_page_body_s():
    # "the day" with no event on the page sponsors nothing; "our sponsors" on a page
    # with no event are its own body's (rules/event_sponsors.py, round 38)
    seed = extract_text(
        "Keyline Homes announces new director\n\n"
        "Keyline Homes has appointed Jane Doe as director. Thank you to Greenway Living for "
        "sponsoring the day, and our sponsors this year were Eastbridge Bank and Norwell "
        "Building Society.\n"
    )
    assert pairs(seed, "FUNDED") == {
        ("Eastbridge Bank", "Keyline Homes"),
        ("Norwell Building Society", "Keyline Homes"),
    }
