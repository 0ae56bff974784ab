"""Who puts an event on, said in the passive with how often between the verb and
"by" ("put on every summer by", "run every couple of months by"), or with
"produced by". All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _organised(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "ORGANISED")


def test_put_on_every_summer_by_two_bodies():
    organised = _organised(
        "Kelby Fun Day 2031\n\n"
        "The Kelby Fun Day is put on every summer by Fenby Voluntary Action and Kelby "
        "Town Council, on the field behind Dale Leisure Centre.\n"
    )
    assert ("Fenby Voluntary Action", "Kelby Fun Day 2031") in organised
    assert ("Kelby Town Council", "Kelby Fun Day 2031") in organised


def test_run_every_couple_of_months_by():
    organised = _organised(
        "Kelby Networking Breakfast\n\n"
        "Last Friday we went to the Kelby Networking Breakfast. It's run every couple of "
        "months by Kelby Chamber of Trade, and it is one of the few places to meet.\n"
    )
    assert ("Kelby Chamber of Trade", "Kelby Networking Breakfast") in organised


def test_festival_produced_by_an_arts_charity():
    organised = _organised(
        "Kelby Lantern Festival 2031\n\n"
        "The festival is produced by Fenby Arts, the harbour-based arts charity, and is "
        "backed by Kelby Town Council.\n"
    )
    assert ("Fenby Arts", "Kelby Lantern Festival 2031") in organised


def test_every_word_alone_is_no_gap():
    organised = _organised(
        "Kelby Fun Day 2031\n\n"
        "The Kelby Fun Day is put on every penny raised by Fenby Voluntary Action.\n"
    )
    assert ("Fenby Voluntary Action", "Kelby Fun Day 2031") not in organised
