"""A family business named with its owner's possessive, listed after "and" or a
comma among the sponsors thanked ("our sponsors Kelby Motors and Tolvenny's
Brewery"), keeps its owner and is the sponsor; a garden centre's name keeps its
owner though "Centre" is a place's word. Near-misses stay cut."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs

_PAGE = "Kelby Fun Day 2031\n\nThe Kelby Fun Day was held on Saturday on the green. {}\n"


def _funded(sentence: str) -> set[tuple[str, str]]:
    return pairs(extract_text(_PAGE.format(sentence), path="page.txt"), "FUNDED")


def test_an_owner_listed_after_and_keeps_the_trade_name():
    found = _funded(
        "Thanks as always to our sponsors Fenby Motors and Tolvenny's Brewery, "
        "and to the village hall for having us."
    )
    assert ("Tolvenny's Brewery", "Kelby Fun Day 2031") in found
    assert ("Fenby Motors", "Kelby Fun Day 2031") in found
    assert not any(a == "Brewery" for a, _ in found)


def test_an_owner_listed_after_a_comma_keeps_the_trade_name():
    found = _funded(
        "A huge thank you to our sponsors, Fenby Homes and Quarrell's Butchers, "
        "and to everyone who came."
    )
    assert ("Quarrell's Butchers", "Kelby Fun Day 2031") in found
    assert not any(a in {"Quarrell", "Butchers"} for a, _ in found)


def test_a_garden_centre_keeps_its_owner():
    names = {n for _, n in entities("Plants were given by Tolvenny's Garden Centre in Kelby.")}
    assert "Tolvenny's Garden Centre" in names
    assert "Garden Centre" not in names


def test_a_listed_owner_before_no_trade_word_stays_cut():
    names = {n for _, n in entities("Fenby Rovers and Tolvenny's Old Quay were on the route.")}
    assert "Fenby Rovers and Tolvenny's Old Quay" not in names
