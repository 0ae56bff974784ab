"""Programmes whose names run across small words ("a", "by", "or") before the noun
that says what they are, after an adjective or a sentence-opening "Our"
(mentions/typed_names.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _kinds(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tern Insurance has signed up to our Pass It On scheme for next year.", "Pass It On"),
        (
            "Three hundred residents learnt first aid through the Save a Life Fenby campaign.",
            "Save a Life Fenby",
        ),
        ("Door staff joined the Mark It or Miss It campaign in the spring.", "Mark It or Miss It"),
        ("Our Step into Work programme helps people back into jobs.", "Step into Work"),
    ],
)
def test_a_programme_named_across_a_small_word_is_read_whole(sentence, name):
    seed = extract_text("Kelby news\n\n" + sentence + "\n")
    assert _kinds(seed, name) == {"Project"}


def test_the_body_delivering_a_programme_named_across_by_runs_it_whole():
    seed = extract_text(
        "Kelby news\n\nWaiting times fell, which partners put down to the Home by Noon "
        "scheme delivered by the Fenby Red Cross.\n"
    )
    assert ("Fenby Red Cross", "Home by Noon") in pairs(seed, "RUNS")
    assert not _kinds(seed, "Noon")


def test_an_adjective_before_a_programme_named_across_a_small_word_is_left_out():
    seed = extract_text(
        "Kelby news\n\nThe Tern Trust will launch a joint Care at Home service in June, "
        "with Fenby Homes giving advice.\n"
    )
    assert ("Tern Trust", "Care at Home") in pairs(seed, "RUNS")


def test_a_person_from_a_scheme_is_no_programme_across_from():
    seed = extract_text(
        "Kelby news\n\nThe network met for the first time in May. Ada Brook from the "
        "Fenby Wells scheme was elected convenor.\n"
    )
    assert _kinds(seed, "Ada Brook") == {"Person"}
    assert not any(e["name"].startswith("Ada Brook ") for e in seed["entities"])
