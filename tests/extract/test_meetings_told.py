"""A body's meeting told as happening or planned, further down a page about
something else, with no name of its own: the subject of "be held" or "take place"
("its first meeting is to be held on ...", "the next meeting of the association will take
place ...") or the object of a body's "plan", "hold" ("Foo Trust is planning a
public meeting"). It is an event, named "<noun> of <body>" or "<body> <noun>"
("Foo Trust public meeting": never the bare noun, which would make one node of
every page's public meeting), held by that body. A meeting that is only the
setting of another deed ("made the appointment at its meeting") is not told so.
All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.page_event.owners import sitting_of
from tests.extract.reading import events, pairs

_OPENING = (
    "Kelby Housing Association works with villages across Dalby and the towns around it. It "
    "manages 200 homes.\nThe association was formed in 1990 and has grown since.\nIts board "
    "has nine members, most of them tenants.\n"
)


def _seed(sentence: str) -> dict:
    return extract_text(f"Homes update\n\n{_OPENING}{sentence}\n", path="page.txt")


@pytest.mark.parametrize(
    ("sentence", "name", "holder"),
    [
        ("A new Dalby Health Board has been set up, with its first meeting to be held "
         "on Wednesday at the Foo Centre in Northtown.",
         "First meeting of the Dalby Health Board", "Dalby Health Board"),
        ("Members hear that the next meeting of the association will take place on the 5th at "
         "7pm in Northtown.", "Meeting of the association", "Kelby Housing Association"),
        ("Members hear that the next meeting of the Dalby Tenants Forum will take place on "
         "the 5th in Northtown.", "Meeting of the Dalby Tenants Forum", "Dalby Tenants Forum"),
        ("Kelby Housing Association is planning a public meeting in September to hear what local "
         "people want.", "Kelby Housing Association public meeting", "Kelby Housing Association"),
    ],
)  # fmt: skip
def test_a_meeting_told_as_happening_is_held_by_its_body(sentence, name, holder):
    seed = _seed(sentence)
    assert name in {e["name"] for e in events(seed)}, events(seed)
    assert (holder, name) in pairs(seed, "ORGANISED")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dalby Group made the appointment of Jane Doe at its meeting on Thursday.",
        "Jane Doe spoke about the meeting of minds between the two villages.",
    ],
)
def test_a_meeting_only_as_a_setting_is_no_event(sentence):
    assert not events(_seed(sentence))


def test_a_meeting_of_the_organisation_is_held_by_the_page_body():
    # "of the organisation": any body noun the meeting rule reads has a holder
    seed = _seed("The next meeting of the organisation will take place on the 5th in Northtown.")
    held = {name for _, name in pairs(seed, "ORGANISED")}
    assert "Meeting of the organisation" in held, seed["relations"]


@pytest.mark.parametrize(
    ("noun", "body", "the", "name"),
    [
        ("first meeting", "The Dalby Board", True, "First meeting of the Dalby Board"),
        ("meeting", "Kelby  Tenants Forum", True, "Meeting of the Kelby Tenants Forum"),
        ("launch", "Foo Centre", False, "Launch of Foo Centre"),
    ],
)  # fmt: skip
def test_a_sitting_is_named_noun_of_body_one_way(noun, body, the, name):
    # one naming for a sitting read from a headline or first sentence
    # (page_event/owners.sitting_name) and one told further down (owned_events)
    assert sitting_of(noun, body, the=the) == name
