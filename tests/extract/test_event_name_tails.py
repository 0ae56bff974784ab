"""An event named in full once ("the Westmoor Village Awards") and by its last
words elsewhere ("the Village Awards") is one event, as bodies and programmes
are; a name ending in no event word is left alone."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def test_an_events_last_words_are_the_same_event():
    seed = extract_text(
        "The Westmoor Village Awards were presented in Dalby on Friday.\n\n"
        "Ada Brook, Chief Executive of Westmoor Rural Action, said the Village Awards "
        "showed how much people give to their villages.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert "Westmoor Village Awards" in names
    assert "Village Awards" not in names


def test_an_events_last_words_after_its_place_and_year():
    seed = extract_text(
        "Forty groups gathered at the Northtown Carers Conference in Kelby Hall.\n\n"
        "Bram Keel opened the Carers Conference with a talk on respite care.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert "Carers Conference" not in names, names


def test_an_events_last_words_far_from_its_full_name():
    seed = extract_text(
        "---\nurl: https://example.org/westmoor-village-awards-event-honouring-local-"
        "heroes/\n---\n\n"
        "The event recognised twelve groups and volunteers from across the county.\n\n"
        "The awards are a partnership between Westmoor Rural Action and Dalby Council.\n\n"
        "Ada Brook, Chief Executive of Westmoor Rural Action, said: \u201cI am delighted "
        "that the Village Awards throw a light on what people give.\u201d\n\n"
        "WESTMOOR VILLAGE AWARDS\n\nWINNERS:\n"
    )
    names = [e["name"] for e in events(seed)]
    assert "Westmoor Village Awards" in names
    assert "Village Awards" not in names, names
