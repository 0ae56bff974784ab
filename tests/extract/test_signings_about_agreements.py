"""A signing is about what was signed: "Fenby University and Kelby Council signed
the Kelby Civic Agreement" gives the event "Signing of the Kelby Civic Agreement",
ABOUT the agreement the page names (`vocab/event_launch_heads.txt`,
`name_owners.subjects_in_names`). Made-up names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.coref import Entity
from collabgraph.extract.name_owners import subjects_in_names
from tests.extract.reading import pairs


def test_the_signing_of_a_named_agreement_is_about_it():
    seed = extract_text(
        "A big day for Kelby\n\n"
        "Fenby University and Kelby Council signed the Kelby Civic Agreement at the "
        "Corn Exchange on Monday 3 March 2031.\n\n"
        "The Kelby Civic Agreement commits both partners to work on skills and health "
        "for ten years.\n"
    )
    about = pairs(seed, "ABOUT")
    assert ("Signing of the Kelby Civic Agreement", "Kelby Civic Agreement") in about, seed[
        "relations"
    ]


def test_a_signing_of_something_unnamed_is_about_nothing():
    charter = Entity(mentions=[], type="Report", name="Kelby Anchor Charter")
    signing = Entity(mentions=[], type="Event", name="Signing of the partnership agreement")
    assert subjects_in_names([charter, signing]) == []
