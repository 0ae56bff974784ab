"""A body named "<Head> of <Field>" ("Kelby Chamber of Commerce"): one name and a body,
though the recogniser reads the words before "of" as a person's."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in extract_text(text, path="page.txt")["entities"]}


@pytest.mark.parametrize(
    "name",
    ["Kelby Chamber of Commerce", "Fenby Chamber of Trade", "Dalby Institute of Technology"],
)
def test_a_head_word_before_of_makes_one_body(name):
    text = f"Business news\n\nThe {name} met on Tuesday to talk about parking.\n"
    found = _entities(text)
    assert ("Organisation", name) in found
    assert not any(t == "Person" for t, _ in found)


def test_a_chair_of_the_body_is_a_member_of_the_whole_name():
    seed = extract_text(
        "Business news\n\nThe Fenby Chamber of Commerce has a new chair, Jo Tern.\n",
        path="page.txt",
    )
    assert ("Jo Tern", "Fenby Chamber of Commerce") in pairs(seed, "MEMBER_OF")


def test_a_person_after_of_is_not_taken_into_the_name():
    found = _entities("News\n\nA gift from the Kelby Guild of Jo Tern Smith surprised us.\n")
    assert ("Organisation", "Kelby Guild of Jo Tern Smith") not in found
