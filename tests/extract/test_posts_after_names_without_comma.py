"""A job title in capitals right after a person's name, with no comma between
("Jane Doe Managing Director of Foo said", as captions and lists write it): the
post at the body named after it, as with the comma."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    "line, row",
    [
        (
            "Sanjay Bell Managing Director of Ashby Cares said the work mattered.",
            ("Sanjay Bell", "WORKS_FOR", "Ashby Cares", "managing director"),
        ),
        (
            "Mary Dunne Chief Executive of Westmoor Health Alliance added that more was needed.",
            ("Mary Dunne", "WORKS_FOR", "Westmoor Health Alliance", "chief executive"),
        ),
    ],
)
def test_a_post_right_after_a_name_is_held_at_the_body_named_after_it(line, row):
    seed = extract_text(f"Kelby news\n\nKelby Trust opened its new centre.\n\n{line}", path="p.txt")
    assert row in posts(seed)


def test_a_name_then_lower_case_words_is_no_post():
    seed = extract_text(
        "Kelby news\n\nSanjay Bell managed the directors of Ashby Cares for years.",
        path="p.txt",
    )
    assert not any(w == "Sanjay Bell" for w, *_ in posts(seed))


@pytest.mark.parametrize(
    "line, row",
    [
        (
            "Ruth Pass Deputy Director at Ashby Cares said the day went well.",
            ("Ruth Pass", "WORKS_FOR", "Ashby Cares", "deputy director"),
        ),
        (
            "Thanks to Mary Dunne Chief Executive at Westmoor Health Alliance for her help.",
            ("Mary Dunne", "WORKS_FOR", "Westmoor Health Alliance", "chief executive"),
        ),
    ],
)
def test_a_post_right_after_a_name_then_at_a_body_is_held_there(line, row):
    seed = extract_text(f"Kelby news\n\nKelby Trust opened its new centre.\n\n{line}", path="p.txt")
    assert row in posts(seed)


@pytest.mark.parametrize(
    "line, person",
    [
        ("Ruth Pass Deputy Director said the day went well.", "Ruth Pass"),
        ("Sanjay Bell Chief Executive explained the plan.", "Sanjay Bell"),
    ],
)
def test_a_post_right_after_a_name_then_a_verb_is_cut_from_the_name(line, person):
    seed = extract_text(f"Kelby news\n\n{line}", path="p.txt")
    assert {e["name"] for e in seed["entities"] if e["type"] == "Person"} == {person}
