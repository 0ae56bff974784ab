"""A post after "the trust's" with its field's lower-case words between ("Jane Doe,
the trust's freshwater officer"), or after a body's letters ("Jane Doe, the ICB's
Director of Nursing"): the person holds the post at the body last named with that
word, or with those letters. All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_OPENING = (
    "Kelby news\n\n"
    "Kelby Wildlife Trust, Fenby Cricket Club and the Fenby Integrated Care Board (ICB) "
    "met in May.\n\n"
)


def _posts(sentence: str) -> set[tuple[str, str, str, str]]:
    return posts(extract_text(_OPENING + sentence + "\n", path="page.txt"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Dr Ada Foss, the trust's freshwater officer, came out with us in July.",
            ("Ada Foss", "WORKS_FOR", "Kelby Wildlife Trust", "freshwater officer"),
        ),
        (
            "Jo Tern, the club's community cricket coach, ran the session.",
            ("Jo Tern", "WORKS_FOR", "Fenby Cricket Club", "community cricket coach"),
        ),
        (
            "Lee Hart, the ICB's Director of Nursing and Quality, said the bid was strong.",
            (
                "Lee Hart",
                "WORKS_FOR",
                "Fenby Integrated Care Board",
                "director of nursing and quality",
            ),
        ),
    ],
)
def test_a_post_after_a_definite_possessive_is_held_at_that_body(sentence, expected):
    assert expected in _posts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Foss, her mother's home carer, came out with us in July.",
        "Ada Foss, the trust's new community garden, opened in July.",
    ],
)
def test_no_post_after_a_persons_possessive_or_without_a_post(sentence):
    assert not {p for p in _posts(sentence) if p[0] == "Ada Foss"}


def test_a_towns_civic_post_after_its_possessive_stays_its_councils():
    seed = extract_text(
        "Kelby news\n\nKelby Town Council and Kelby Wildlife Trust met in May.\n\n"
        "About thirty people came, including Kelby's town mayor, Cllr Jo Tern.\n",
        path="page.txt",
    )
    assert ("Jo Tern", "WORKS_FOR", "Kelby Town Council", "town mayor") in posts(seed)
