"""A body's own facility or service named after its possessive or "its": a hub,
café, garden or clinic it owns is a programme it runs ("Tern Trust's Kelby Carers
Hub", "its Fenby Teapot Café"; head words: vocab/facility_heads.txt), as a fund or
programme of its own is. A facility named with no owner keeps its head word's type.
Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _types(seed: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in seed["entities"]}


@pytest.mark.parametrize(
    ("sentence", "body", "facility"),
    [
        ("Visitors praised Tern Trust's Kelby Sparrow Hub.", "Tern Trust", "Kelby Sparrow Hub"),
        (
            "Volunteers from Heron Homes help run Dalby Church’s Fenby Community Garden.",
            "Dalby Church",
            "Fenby Community Garden",
        ),
        (
            "Kelby Elders Trust will open its Fenby Teapot Café to the whole town in May.",
            "Kelby Elders Trust",
            "Fenby Teapot Café",
        ),
    ],
)
def test_a_facility_a_body_owns_is_a_programme_it_runs(sentence, body, facility):
    seed = extract_text(f"# News\n\n{sentence}\n")
    assert (body, facility) in pairs(seed, "RUNS")
    assert _types(seed)[facility] == "Project"


def test_a_hub_named_with_no_owner_is_no_programme_run():
    seed = extract_text("# News\n\nThe Kelby Sparrow Hub opened in May.\n")
    assert not pairs(seed, "RUNS")
