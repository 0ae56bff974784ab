"""A sentence opening "Working with A and B," is about its subject working with
them (rules/collaboration.py). Fictional bodies; real places only from the
gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _together(seed: dict) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(seed, "COLLABORATES_WITH") | pairs(seed, "PARTNER_OF")}


@pytest.mark.parametrize(
    "sentence, partners",
    [
        (
            "Working with Tern Housing Trust, Wren Care Trust has opened a cafe in Leeds.",
            {"Tern Housing Trust"},
        ),
        (
            "Working with Tern Housing Trust and Heron Homes, Wren Care Trust will open a cafe.",
            {"Tern Housing Trust", "Heron Homes"},
        ),
        (
            "Working closely with Heron Homes, Wren Care Trust opened a cafe in Leeds.",
            {"Heron Homes"},
        ),
    ],
)
def test_the_subject_after_a_working_with_opener_works_with_the_names_in_it(sentence, partners):
    seed = extract_text(sentence + "\n")
    assert _together(seed) == {frozenset({"Wren Care Trust", p}) for p in partners}


def test_an_opener_whose_subject_is_no_name_links_nobody():
    seed = extract_text(
        "Working with Tern Housing Trust, Wren Care Trust and Heron Homes, the council has "
        "opened a cafe.\n"
    )
    assert not _together(seed)
