"""Events whose names open with a body's short form in capitals ("KVA Kelbyfest",
"KBA/DFA annual conference") were held by the bodies so named, even when the page
names them nowhere else; a short form of a body the page spells out is that
body's. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.name_owners import leading_acronyms as _leading_acronyms
from tests.extract.reading import pairs


def _read(text: str) -> dict:
    return extract_text("Kelby network news\n" + text + "\n")


def _organisations(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Organisation"}


def test_a_short_form_opening_an_event_name_held_it():
    seed = _read(
        "Our volunteers will run two stalls at the KVA Kelbyfest event in Kelby this spring."
    )
    assert "KVA" in _organisations(seed)
    assert ("KVA", "KVA Kelbyfest event") in pairs(seed, "ORGANISED")


def test_each_short_form_joined_by_a_slash_held_it():
    seed = _read("Ada Brook attended the KBA/DFA annual conference 2019 in Kelby.")
    organised = pairs(seed, "ORGANISED")
    assert ("KBA", "KBA/DFA annual conference 2019") in organised
    assert ("DFA", "KBA/DFA annual conference 2019") in organised


def test_a_short_form_of_a_body_the_page_names_is_that_body():
    seed = _read(
        "Kelby Voluntary Action supports charities across the county. Tom Reed "
        "will speak at the KVA Kelbyfest event in Dalby."
    )
    assert "KVA" not in _organisations(seed)
    assert ("Kelby Voluntary Action", "KVA Kelbyfest event") in pairs(seed, "ORGANISED")


def test_short_forms_that_hold_nothing():
    assert _leading_acronyms("AGM") == []
    assert _leading_acronyms("AGM 2031") == []
    assert _leading_acronyms("NHS Kelby Awards") == []
    assert _leading_acronyms("LGBT History Month") == []
    assert _leading_acronyms("KBA Testing Week") == []  # a cause's week
    assert _leading_acronyms("UK Kelby Games") == []
    assert _leading_acronyms("the KBA's summit") == ["KBA"]


def _page(url: str, title: str, body: str) -> dict:
    return extract_text(f"---\nurl: {url}\n---\n\n{title}\n\n{body}\n")


def test_the_body_the_address_spells_held_the_event_named_after_it():
    seed = _page(
        "https://kelbygivers.org.uk/agm-2031",
        "Kelby Givers 2031 AGM and Members Forum",
        "Kelby Givers 2031 AGM met on 4 June at Dalby Hall, where members elected two "
        "new trustees.",
    )
    assert "Kelby Givers" in _organisations(seed)
    assert ("Kelby Givers", "Kelby Givers 2031 AGM and Members Forum") in pairs(seed, "ORGANISED")


def test_an_address_longer_than_the_name_in_the_event():
    seed = _page(
        "https://www.fenbyfuturesfoundation.org/insights/roundtable",
        "Fenby Futures roundtable with Ada Brook",
        "Ada Brook came to Kelby last week to talk with twelve local charities.",
    )
    assert ("Fenby Futures", "Fenby Futures roundtable with Ada Brook") in pairs(seed, "ORGANISED")


def test_no_body_from_the_address_of_a_town_or_of_the_event_itself():
    town = _page(
        "https://www.northtowncouncil.gov.uk/news/festival",
        "Northtown Festival returns",
        "The Northtown Festival returns to the park on 3 May with music and food.",
    )
    assert "Northtown" not in _organisations(town)
    show = _page(
        "https://kelbycarersshow.org.uk/2031",
        "Kelby Carers Show 2031",
        "The Kelby Carers Show 2031 opens at Dalby Hall on 3 May with forty stalls.",
    )
    assert "Kelby Carers" not in _organisations(show)


def test_no_body_from_an_address_adding_a_body_word_not_read_so():
    seed = _page(
        "https://kelbycaringacademy.org.uk/resources/show",
        "Notes from the Kelby Caring Show 2031",
        "The Kelby Caring Show 2031 filled Dalby Hall on 3 May with forty stalls.",
    )
    assert "Kelby Caring" not in _organisations(seed)
