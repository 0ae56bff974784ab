"""An event noun that opens a name "of" goes on in ("its annual Festival of
Quiet Lanterns", "a Celebration of Tenant Voices") is named in full, not cut at "of"; "of" and a
body's name after the noun say who holds it, and "of" and a date say when."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def test_a_festival_of_a_capitalised_word_is_named_in_full():
    seed = extract_text(
        "Kelby College hosted its annual Festival of Quiet Lanterns on Wednesday, with over "
        "forty local charities.\n\n"
        "Students signed up to help at Foo Trust and Bar Aid.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert "Festival of Quiet Lanterns" in names, names
    assert "Quiet Lanterns" not in names
    assert not any(n.endswith("annual Festival") for n in names), names


def test_a_celebration_of_two_capitalised_words_with_its_year_is_named_in_full():
    seed = extract_text(
        "Dalby Tenants Union held its Celebration of Tenant Voices 2031 in Westshire last "
        "week, with tenants from twelve estates.\n\n"
        "Jane Doe, the union's organiser, said the turnout was the best yet.\n"
    )
    names = [e["name"] for e in events(seed)]
    assert "Celebration of Tenant Voices 2031" in names, names


def test_of_a_body_after_the_noun_is_who_holds_it():
    seed = extract_text(
        "The Annual Meeting of Kelby Carers Trust was held at Fenby Hall on Monday.\n\n"
        "Jane Doe, the trust's chair, thanked the volunteers.\n"
    )
    names = [e["name"] for e in events(seed)]
    # the meeting, named as the page writes it or after its holder ("Kelby Carers Trust
    # annual meeting", as GOLD.md names a body's meeting): never the body cut out alone
    assert names and all("meeting" in n.lower() for n in names), names
    assert not any(n.endswith("Meeting of") for n in names), names
