"""A body named for its sites ("Kelby Libraries") is in each place its sites are
listed in, written in lower case ("council-run libraries in A, B and C")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_the_sites_a_body_is_named_for_place_it():
    seed = extract_text(
        "Grant for Kelby Libraries\n\n"
        "Kelby Libraries has won a grant of £20,000. It means that council-run "
        "libraries in Ayton, Beeford and Bedale will see the benefits, as well as "
        "community libraries in Amersham and Brackley.",
        path="page.txt",
    )
    located = pairs(seed, "LOCATED_IN")
    assert {
        ("Kelby Libraries", "Ayton"),
        ("Kelby Libraries", "Beeford"),
        ("Kelby Libraries", "Bedale"),
    } <= located
    assert ("Kelby Libraries", "Amersham") not in located
