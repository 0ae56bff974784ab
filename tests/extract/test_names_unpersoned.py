"""Names the recogniser reads as a person's that no person bears (round 41b,
`mentions/votes.no_persons_name`): a first word that is no usual given name, then
a word of a body or a field of work, or last the plural of an everyday noun
("Dunmere Good Neighbours", "Tollby Events"). Seen in nine writers' probes
("... Safer Neighbourhoods", "... Young Carers", "... Events"). A usual given name
first, or a given name last, keeps the person. Made-up write-ups.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities


def _types(text: str) -> dict[str, str]:
    return {n: t for t, n in entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dunmere Good Neighbours, which offers lifts to the surgery, has twelve new drivers.",
            "Dunmere Good Neighbours",
        ),
        ("Timing on the day was provided by Tollby Events.", "Tollby Events"),
        (
            "The stall was shared with Orrick Young Carers and the Fenby Lions Club.",
            "Orrick Young Carers",
        ),
    ],
)
def test_a_group_named_with_a_plural_is_no_person(text, name):
    assert _types(text).get(name) != "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Speakers included Jo Banks and Ada Mills from the Fenby Trust.", "Jo Banks"),
        ("Tom Fields, who chairs the group, thanked the volunteers.", "Tom Fields"),
    ],
)
def test_a_usual_given_name_keeps_the_person(text, name):
    """Near-misses: surnames that are plural everyday words after a usual given name."""
    assert _types(text).get(name) == "Person"


def test_the_group_s_relation_is_told():
    """What a user sees: the group is a body its coordinator works for."""
    graph = extract_text(
        "Jo Tern, coordinator at Dunmere Good Neighbours, said the lifts would restart in May."
    )
    kinds = {e["name"]: e["type"] for e in graph["entities"]}
    assert kinds.get("Dunmere Good Neighbours") == "Organisation"
