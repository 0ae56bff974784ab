"""A series' event named in the headline with its topic ("our Coffee and Chat on
home energy") is named with the topic, so that the next one the page mentions is
not the same event."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def test_a_headline_topic_names_the_event():
    seed = extract_text(
        "Notes from our Coffee and Chat on home energy\n\n"
        "On Tuesday 9 March, Kelby Voluntary Action held its second Coffee and Chat of the "
        "year, on home energy, at Fenby Library.\n\n"
        "We heard from Ada Foss of Kelby Warm Homes.\n\n"
        "Our next Coffee and Chat, on scams, is on 6 April.\n"
    )
    names = {e["name"] for e in events(seed)}
    assert "Coffee and Chat on home energy" in names
    organised = pairs(seed, "ORGANISED")
    assert ("Kelby Voluntary Action", "Coffee and Chat on home energy") in organised


def test_a_headline_topic_holding_a_name_is_left_alone():
    seed = extract_text(
        "Notes from our Coffee and Chat on support from Kelby Council\n\n"
        "On Tuesday 9 March, Kelby Voluntary Action held its Coffee and Chat at Fenby "
        "Library.\n"
    )
    assert not any("Kelby Council" in e["name"] for e in events(seed))


def test_a_headline_verb_after_the_topic_leaves_the_name():
    seed = extract_text(
        "Fenby Youth Forum on climate draws record crowd\n\n"
        "The Fenby Youth Forum on climate was held at Kelby College on 4 May 2027.\n"
    )
    assert not any(e["name"].endswith("record crowd") for e in events(seed))
