"""A word never a name on its own ("Parliament") names the place an occasion was held
when a verb of holding or a noun for an occasion comes before "in"/"at" it; not
"their voices in Parliament". Made-up bodies and events."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs


def test_an_event_held_in_parliament_is_located_there():
    seed = extract_text(
        "Kelby Carers Reception 2031\n\n"
        "Last week Kelby Carers Trust hosted a reception for carers. The event, which "
        "was held in Parliament, brought together 50 carers.\n"
    )
    assert ("Kelby Carers Reception 2031", "Parliament") in pairs(seed, "LOCATED_IN")


def test_a_reception_in_parliament_names_a_place():
    found = entities("Fenby Youth Trust joined a special reception in Parliament last night.\n")
    assert ("Place", "Parliament") in found


def test_voices_in_parliament_name_no_place():
    found = entities("Carers from Fenby Youth Trust used their voices in Parliament.\n")
    assert not any(name == "Parliament" for _kind, name in found)
