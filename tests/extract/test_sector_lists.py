"""A list of sectors written in capitals names no body."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_of


def test_a_list_of_sectors_is_no_organisation():
    types = types_of(
        "Over 100 members of the Voluntary, Community, and Social Enterprise (VCSE) sector "
        "came together at Northtown Hall.\n\n"
        "The agreement is between Northtown City Council and the city's Voluntary, Community "
        "and Social Enterprise (VCSE) and Faith sector.\n"
    )
    assert "Northtown City Council" in types
    assert not any(n.split()[0] in {"Voluntary", "Community", "Faith"} for n in types)


def test_a_sector_list_is_no_partner():
    seed = extract_text(
        "Northtown City Council has formed a partnership with the Voluntary, Community and "
        "Social Enterprise sector to tackle loneliness.\n"
    )
    assert not any("Community" in a or "Community" in b for a, b in pairs(seed, "PARTNER_OF"))
    assert {e["name"] for e in seed["entities"]} >= {"Northtown City Council"}
    assert not any("Social Enterprise" in e["name"] for e in seed["entities"])


def test_bodies_named_with_a_sector_word_stay():
    types = types_of(
        "Westshire Voluntary Action and Kelby Community Trust met the Social Enterprise Network.\n"
    )
    assert types.get("Westshire Voluntary Action") == "Organisation"
    assert types.get("Kelby Community Trust") == "Organisation"
