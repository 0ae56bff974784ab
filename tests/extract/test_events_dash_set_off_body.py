"""A headline that sets the body off from its meeting with a spaced dash ("Foo
Association – AGM 2031", "Foo Network - Annual Conference 2031") names the event
after the body, which holds it. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_BODY = "\n\nAt our AGM on 2 March at Fenby Parish Centre, members elected a committee.\n"


def test_en_dash_headline_names_the_bodys_agm():
    seed = extract_text("Kelby Road Residents' Association – AGM 2031" + _BODY)
    names = [e["name"] for e in events(seed)]
    assert "Kelby Road Residents' Association AGM 2031" in names
    assert (
        "Kelby Road Residents' Association",
        "Kelby Road Residents' Association AGM 2031",
    ) in pairs(seed, "ORGANISED")


def test_hyphen_headline_keeps_the_whole_body_name():
    seed = extract_text("Kelby Road Residents' Association - AGM 2031" + _BODY)
    names = [e["name"] for e in events(seed)]
    assert "Kelby Road Residents' Association AGM 2031" in names
    assert "Association - AGM 2031" not in names


def test_a_named_event_after_the_dash_keeps_its_own_name():
    seed = extract_text(
        "Fenby Carers Network – Kelby Learning Day\n\n"
        "Our Kelby Learning Day on 4 May brought carers together at Dale Hall.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert "Fenby Carers Network Kelby Learning Day" not in names


def test_seats_named_with_no_body_sit_at_the_body_the_title_meeting_names():
    seed = extract_text(
        "Kelby Road Residents' Association – AGM 2031\n\n"
        "At our AGM on 2 March at Fenby Parish Centre, members elected a new committee.\n\n"
        "Jo Tern was elected chair, and Ada Foss stays on as treasurer.\n\n"
        "Members also heard an update from Lee Marsh of Fenby Connect on the play street.\n"
    )
    members = pairs(seed, "MEMBER_OF")
    assert ("Ada Foss", "Kelby Road Residents' Association") in members
    assert ("Ada Foss", "Fenby Connect") not in members
