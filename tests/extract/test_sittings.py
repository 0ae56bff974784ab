"""A body the page says met ("The Kelby Carers Forum met online on ...") is a body,
not the page's event, though its name ends in an event's noun; the sitting the page
calls by its kind ("the May meeting") is named after it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs, typed, with_roles

_NOTES = (
    "Kelby Carers Forum - notes from the May meeting\n\n"
    "The Kelby Carers Forum met at Tern Hall on 12 May 2027. The meeting was chaired by "
    "Ada Foss (Fenby Carers Centre).\n\n"
    "Present: Kelby Mind, Fenby Foodbank and Tern Advice.\n"
)


def test_the_forum_that_met_is_a_body_and_its_meeting_the_event():
    seed = extract_text(_NOTES)
    assert [e["name"] for e in events(seed)] == ["Kelby Carers Forum May meeting"]
    assert "Organisation" in typed(_NOTES, "Kelby Carers Forum")
    assert ("Kelby Carers Forum", "Kelby Carers Forum May meeting") in pairs(seed, "ORGANISED")
    chairs = {(p, e) for p, e, r in with_roles(seed, "PARTICIPATED_IN") if r == "chair"}
    assert ("Ada Foss", "Kelby Carers Forum May meeting") in chairs


def test_an_assembly_that_meets_names_its_annual_meeting():
    seed = extract_text(
        "Fenby Tenants Assembly: report of the annual meeting\n\n"
        "Fenby Tenants Assembly met on 3 March 2027 at Kelby Library. Jo Tern was elected "
        "chair.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert len(names) == 1 and names[0].startswith("Fenby Tenants Assembly ")
    assert names[0].endswith("meeting")


def test_people_meeting_at_a_named_forum_leave_the_forum_an_event():
    seed = extract_text(
        "Kelby Carers Forum 2027\n\n"
        "Over 100 carers met at the Kelby Carers Forum 2027 at Tern Hall on 12 May 2027.\n"
    )
    assert "Kelby Carers Forum 2027" in {e["name"] for e in events(seed)}


def test_an_assembly_that_met_with_no_sitting_noun_stays_the_event():
    seed = extract_text(
        "Neighbours talk transport\n\n"
        "The Fenby Transport Assembly met for the first time on Saturday at Kelby Library. "
        "It was set up by Fenby Council. Thirty residents heard from Jo Tern.\n"
    )
    assert "Fenby Transport Assembly" in {e["name"] for e in events(seed)}
