"""An opening told paragraphs after the place was named, by its common noun alone
("The garden was officially opened ...", "Cllr Jo Tern formally opened the shed"),
is the opening of the place named before (page_event/named_back.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _names(seed: dict) -> set[str]:
    return {n for e in events(seed) for n in (e["name"], *e.get("aliases", []))}


def test_the_garden_opened_later_is_the_named_garden_s_opening():
    seed = extract_text(
        "Residents turn Dale Court courtyard into a garden\n\n"
        "Published: 2 August 2031\n\n"
        "When residents at Dale Court in Kelby first asked us about the empty courtyard,"
        " it was mostly bins. Eighteen months later the Dale Court Community Garden has"
        " raised beds and a pergola.\n\n"
        "The project was led by the Dale Court Residents' Group.\n\n"
        "The garden was officially opened at a residents' barbecue on 22 July, attended"
        " by around 80 people.\n"
    )
    assert "Opening of the Dale Court Community Garden" in _names(seed)


def test_a_mayor_opening_the_shed_takes_part_in_the_named_shed_s_opening():
    seed = extract_text(
        "Men's Shed finds a new home\n\n"
        "Fenby Men's Shed has moved into the old fire station on Quay Street.\n\n"
        "The shed now has more than 40 members.\n\n"
        "The Mayor of Fenby, Cllr Jo Tern, formally opened the shed on Saturday.\n"
    )
    assert "Opening of Fenby Men's Shed" in _names(seed)
    assert any(who == "Jo Tern" for who, _ in pairs(seed, "PARTICIPATED_IN"))


def test_the_centre_with_no_name_before_it_makes_no_opening():
    seed = extract_text(
        "Good news for Kelby\n\n"
        "Volunteers have worked hard all year.\n\n"
        "The centre was officially opened on Saturday by Ada Foss.\n"
    )
    assert not any(n.startswith("Opening of the Kelby") for n in _names(seed))


def test_a_hub_a_body_opened_as_its_own_keeps_the_article_in_the_opening():
    seed = extract_text(
        "New advice hub opens its doors\n\n"
        "Families in Kelby can now get advice in one place, after Fenby Trust opened"
        " its new Kelby Advice Hub on Dale Road last week.\n\n"
        "The hub was opened on 6 March by the trust's chair, Ada Foss, who cut the ribbon.\n"
    )
    assert "Opening of the Kelby Advice Hub" in _names(seed)
