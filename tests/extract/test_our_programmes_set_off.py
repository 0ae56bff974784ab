"""A programme the page's body calls its own with "our", the name set off before
the noun ("Ring Round, our telephone and home-visit befriending service") or
written before describing words and the noun ("our Time Off short-breaks scheme",
"our Story Makers course"): the page's body runs it, and the name is a project.
A body set off before "our" and a word that is no programme's ("Fenby Trust, our
partner for the holiday programme") is left a body. Kinds seen on pages of many
writers; made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "News from Kelby Good Neighbours\n\nKelby Good Neighbours had a busy year. {}\n"


def _seed(sentence: str) -> dict:
    return extract_text(_PAGE.format(sentence), path="page.txt")


def _types(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        (
            "Last year Ring Round, our telephone and home-visit befriending service, took "
            "900 calls.",
            "Ring Round",
        ),
        (
            "In March Good Food Kelby – our campaign for a county food strategy – was "
            "adopted by the council.",
            "Good Food Kelby",
        ),
        (
            "This spring we relaunched Walk Out, our free weekly walking project for older men.",
            "Walk Out",
        ),
    ],
)
def test_a_name_set_off_before_our_programme_noun_is_ours(sentence, programme):
    seed = _seed(sentence)
    assert _types(seed, programme) == {"Project"}
    assert ("Kelby Good Neighbours", programme) in pairs(seed, "RUNS")


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("Our Time Off short-breaks scheme now reaches carers in Fenby.", "Time Off"),
        ("Staff train new volunteers through our Story Makers course.", "Story Makers"),
    ],
)
def test_a_name_before_describing_words_and_our_noun_is_ours(sentence, programme):
    seed = _seed(sentence)
    assert _types(seed, programme) == {"Project"}
    assert ("Kelby Good Neighbours", programme) in pairs(seed, "RUNS")


def test_a_body_set_off_before_our_and_no_programme_noun_is_left_a_body():
    seed = _seed("We thank Fenby Trust, our partner for the holiday programme.")
    assert _types(seed, "Fenby Trust") == {"Organisation"}
    assert not any(b == "Fenby Trust" for _, b in pairs(seed, "RUNS"))
