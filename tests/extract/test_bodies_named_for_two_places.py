"""A body whose name opens with two or more places joined by "and", "&" or commas
("Ayton and Beeford Health Trust") is LOCATED_IN each of them when the page names
each on its own where it speaks of the body (corpus/GOLD.md: a body named for a
place is placed by it only then)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_a_trust_named_for_two_places_the_page_names_is_in_both():
    seed = extract_text(
        "New crisis car for the region.\n\n"
        "Ayton and Beeford Health Trust has launched a crisis car with the ambulance service. "
        "The car will answer calls from people in Ayton and from families in Beeford.",
        path="page.txt",
    )
    located = pairs(seed, "LOCATED_IN")
    assert ("Ayton and Beeford Health Trust", "Ayton") in located
    assert ("Ayton and Beeford Health Trust", "Beeford") in located


def test_a_place_named_only_inside_the_name_does_not_place_it():
    seed = extract_text(
        "New crisis car for the region.\n\n"
        "Ayton and Beeford Health Trust has launched a crisis car with the ambulance service.\n\n"
        "The car will answer calls from people in Ayton.",
        path="page.txt",
    )
    located = pairs(seed, "LOCATED_IN")
    assert ("Ayton and Beeford Health Trust", "Beeford") not in located
