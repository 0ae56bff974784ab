"""A launch a headline tells actively ("Kelby Council launches Foo Strategy") is the
launch of what it launched, not of the launcher; an unnamed event placed where the
launch was held ("at an event at Dale Hall") is that launch."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs, with_roles

_PAGE = (
    "Fenby Vale launches new tree strategy\n\n"
    "Fenby Vale Council has launched its new tree strategy, Shade for All, at an event at "
    "Tern Community Centre on 4 May.\n\n"
    "Around 60 people attended the launch. A panel discussion followed with Ada Foss of "
    "Kelby Woodland Trust and Jo Tern of Fenby Friends of Parks.\n"
)


def test_the_launcher_in_the_headline_does_not_name_the_launch():
    names = {e["name"] for e in events(extract_text(_PAGE))}
    assert "Launch of Fenby Vale" not in names
    assert "Launch of Shade for All" in names


def test_the_placed_event_and_the_launch_are_one_occasion():
    seed = extract_text(_PAGE)
    assert len(events(seed)) == 1
    assert ("Launch of Shade for All", "Tern Community Centre") in pairs(seed, "LOCATED_IN")
    took_part = {(p, e) for p, e, _ in with_roles(seed, "PARTICIPATED_IN")}
    assert ("Ada Foss", "Launch of Shade for All") in took_part


def test_a_headline_where_the_report_is_launched_still_names_the_launch():
    seed = extract_text(
        "Kelby Carers Report launched at Fenby Hall\n\n"
        "The Kelby Carers Report, written by Ada Foss for Kelby Carers Trust, was "
        "presented to councillors on 3 June 2027.\n"
    )
    assert any(
        e["name"].startswith("Launch of") and "Kelby Carers Report" in e["name"]
        for e in events(seed)
    )


def test_a_named_event_where_something_is_launched_keeps_its_name():
    seed = extract_text(
        "Kelby Housing Conference 2027\n\n"
        "Fenby Council launched its Homes for All plan at the Kelby Housing Conference 2027 "
        "at Tern Hall on 2 June 2027.\n"
    )
    assert "Kelby Housing Conference 2027" in {e["name"] for e in events(seed)}
