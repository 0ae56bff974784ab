"""Bodies whose name ends in a word that is no surname and no body's head word
("... Larder", "... PCN", "... Young Carers", "... Gazette"): the recogniser reads
a person named Larder; the last word makes the name a body's
(vocab/body_name_last_words.txt, mentions/votes.py, person_evidence.py). A
person whose surname is such a word keeps their name. Made-up names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volunteers at Wendlow Larder packed two hundred parcels.", "Wendlow Larder"),
        ("Brackton Central PCN has hired two social prescribers.", "Brackton Central PCN"),
        ("Tanmoor Young Carers met at the library on Tuesday.", "Tanmoor Young Carers"),
        ("The Ossery Gazette reported the story on Friday.", "Ossery Gazette"),
        ("Fenwold Night Shelter opened its doors in November.", "Fenwold Night Shelter"),
    ],
)
def test_a_body_named_with_a_last_word_that_is_no_surname(text, name):
    assert typed(text, name) == {"Organisation"}


def test_a_person_whose_surname_is_such_a_word_stays_a_person():
    assert typed("Rachel Link chaired the meeting in Wendlow.", "Rachel Link") == {"Person"}


def test_a_title_ending_in_such_a_word_is_no_body():
    text = "The Wendlow Trust published Listening to Carers in March."
    assert "Organisation" not in typed(text, "Listening to Carers")


def test_a_body_so_named_takes_its_staff():
    text = "Dr Amira Soke, clinical director at Brackton Central PCN, said the clinic would open."
    seed = extract_text(text)
    assert ("Amira Soke", "Brackton Central PCN") in {
        (r["from"], r["to"]) for r in seed["relations"] if r["type"] == "WORKS_FOR"
    }
