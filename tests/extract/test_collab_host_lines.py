"""A line under an event's title, "Hosted by A in association with B and C" or
"Hosted by the Kelby Safety Partnership with B": the bodies host the page's event
together (ORGANISED), co-hosts not said to be partners (rules/partnership.py); a
partnership word ending a body's name is no partner cue. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_EVENT = "Kelby Winter Summit 2025"


def _read(line: str) -> dict:
    text = (
        f"{_EVENT}\n\n{line}\n\nThursday 6 March, Kelby Town Hall\n\nMore than 200 people came.\n"
    )
    return extract_text(text, path="page.txt")


def test_bodies_in_association_organise_the_event_and_are_not_partners():
    seed = _read(
        "Hosted by Kelby Voluntary Sector Alliance in association with Fenby Community "
        "Action and Orton Voluntary Action"
    )
    organised = pairs(seed, "ORGANISED")
    for body in ("Kelby Voluntary Sector Alliance", "Fenby Community Action",
                 "Orton Voluntary Action"):  # fmt: skip
        assert (body, _EVENT) in organised
    assert not pairs(seed, "PARTNER_OF")


def test_a_partnership_s_name_before_with_is_no_partnership():
    seed = _read("Hosted by the Kelby Community Safety Partnership with the Fenby Advice Trust")
    assert ("Fenby Advice Trust", _EVENT) in pairs(seed, "ORGANISED")
    assert not pairs(seed, "PARTNER_OF")
