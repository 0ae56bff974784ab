"""A bulletin's section heading names the event its first paragraph tells: "Coffee
Morning and Plant Sale" over "Our coffee morning took place on ...", not "our coffee
morning" named after the bulletin."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_BULLETIN = (
    "FENBY COMMUNITY TRUST - MEMBERS' NEWS, AUTUMN 2027\n\n"
    "In this issue: our AGM, a new trustee and a farewell.\n\n"
    "AGM and Harvest Supper\n"
    "Our AGM took place on 14 October at Kelby Chapel. Guest speaker Jo Tern, "
    "Director of Housing at Kelby Council, spoke about new homes.\n\n"
    "New trustee\n"
    "We welcome Ada Foss to the board.\n"
)


def test_the_section_heading_names_the_event():
    seed = extract_text(_BULLETIN)
    assert "AGM and Harvest Supper" in {e["name"] for e in events(seed)}
    assert ("Jo Tern", "AGM and Harvest Supper") in pairs(seed, "PARTICIPATED_IN")


def test_a_heading_telling_news_does_not_name_the_event():
    seed = extract_text(_BULLETIN.replace("AGM and Harvest Supper\n", "AGM elects new chair\n"))
    assert "AGM elects new chair" not in {e["name"] for e in events(seed)}


def test_a_heading_without_the_events_noun_does_not_name_it():
    seed = extract_text(_BULLETIN.replace("AGM and Harvest Supper\n", "Autumn round-up\n"))
    assert "Autumn round-up" not in {e["name"] for e in events(seed)}
