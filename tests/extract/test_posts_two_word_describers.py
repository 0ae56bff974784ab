"""A job title after lower-case words the role finder does not know ("is a fleet
manager at Foo", "is a detached youth worker at Foo"): the words are the post's,
and the body after it is the employer (`rules/post_words._described_post`)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("text", "who", "org"),
    [
        ("Jo Tern is a fleet manager at Kelby Buses and has run vehicles for 20 years.\n",
         "Jo Tern", "Kelby Buses"),
        ("Ada Foss is a detached youth worker at Fenby Youth Project.\n",
         "Ada Foss", "Fenby Youth Project"),
        ("Jo Tern is a marine ecologist at Kelby Wildlife Trust.\n",
         "Jo Tern", "Kelby Wildlife Trust"),
    ],
)  # fmt: skip
def test_post_after_describing_words(text, who, org):
    assert (who, org) in pairs(extract_text(text), "WORKS_FOR")


def test_no_post_after_a_description_of_a_fan():
    text = "Jo Tern is a keen runner at Kelby Harriers and a big fan of Fenby Rovers.\n"
    assert not pairs(extract_text(text), "WORKS_FOR")
