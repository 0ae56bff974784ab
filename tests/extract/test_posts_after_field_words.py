"""A body's post with words of its field between the possessive and the post's last
word: "Foo's anchor network manager, Jane Doe", "Foo Foods' HR Director, Jane Doe"
(rules/employment.py `_field_words_before`); and a verb between is not a post's field."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The network is run by Kelby Community Action's anchor network manager, Jo Tern.",
            "Jo Tern",
            "Kelby Community Action",
        ),
        (
            "Staff chose the charity, said Fenby Builders' HR Director, Ada Foss.",
            "Ada Foss",
            "Fenby Builders",
        ),
        (
            "The walk was led by Tarn Wildlife Trust's senior reserves officer Sam Lee.",
            "Sam Lee",
            "Tarn Wildlife Trust",
        ),
    ],
)
def test_field_words_between_the_body_and_the_post(text, person, body):
    assert (person, body) in pairs(extract_text(text), "WORKS_FOR")


def test_the_field_words_are_the_posts_too():
    seed = extract_text("Staff chose the charity, said Fenby Builders' HR Director, Ada Foss.")
    assert ("Ada Foss", "Fenby Builders", "HR Director") in with_roles(seed, "WORKS_FOR")


def test_a_verb_between_is_no_field():
    seed = extract_text("Kelby Trust's volunteers thanked Fenby Food Bank manager Rita Vale.")
    assert ("Rita Vale", "Kelby Trust") not in pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    ("body", "word"),
    [("Centre for Rural Studies", "centre"), ("Institute of Fenby Studies", "institute")],
)
def test_the_body_named_by_its_first_word(body, word):
    seed = extract_text(
        f"The {body} ran the workshop. Thanks to the organisers, especially Jo Tern, "
        f"the {word}'s events coordinator, for a lively day."
    )
    assert ("Jo Tern", body) in pairs(seed, "WORKS_FOR")
