"""A headline that opens with the verb of the event noun the page then uses
("Celebrating ten years of X" over "A celebration was held ..."): the headline is
the event's name as written, not the headline and the noun again ("Celebrating ten
years of X celebration"). Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _names(text: str) -> list[str]:
    return [e["name"] for e in events(extract_text(text, path="page.txt"))]


def test_a_headline_celebrating_names_the_celebration():
    names = _names(
        "Celebrating ten years of Fenby Growers Trust\n\n"
        "A celebration was held at Fenby Village Hall on Saturday to mark ten years of "
        "Fenby Growers Trust. Anna Roe, chair of the trust, thanked the volunteers.\n"
    )
    assert names == ["Celebrating ten years of Fenby Growers Trust"]


def test_a_headline_celebrating_years_in_figures():
    names = _names(
        "Celebrating 25 years of Kelby Voice\n\n"
        "The celebration took place at Dale Chapel on Monday. Tom Bell of Kelby Voice "
        "opened it.\n"
    )
    assert names == ["Celebrating 25 years of Kelby Voice"]


def test_a_headline_of_another_verb_keeps_the_noun():
    names = _names(
        "Supporting carers in Kelby\n\n"
        "A workshop was held at Dale Chapel on Monday for unpaid carers. Tom Bell of "
        "Kelby Voice opened it.\n"
    )
    assert names == ["Supporting carers in Kelby workshop"]
