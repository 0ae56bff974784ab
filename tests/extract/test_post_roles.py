"""Posts called roles: "performs a non-executive director role with Foo", "holds a
trustee role at Bar", "took on a board role with Baz". What a user sees: the
person holds the post at the body named after the role. All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts, ruled


def _posts(sentence: str) -> set[tuple[str, str, str, str]]:
    return posts(ruled(extract_text(f"News\n\n{sentence}\n", path="page.txt")))


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Ada Brook is the chief executive of Kelby Homes and performs a non-executive "
         "director role with the Ayton Chamber of Commerce.",
         ("Ada Brook", "MEMBER_OF", "Ayton Chamber of Commerce", "non-executive director")),
        ("Sam Cole also holds a trustee role with Westshire Carers Trust.",
         ("Sam Cole", "MEMBER_OF", "Westshire Carers Trust", "trustee")),
        ("Jo Lane took on a non-executive role at Fenby Housing Trust last year.",
         ("Jo Lane", "MEMBER_OF", "Fenby Housing Trust", "non-executive director")),
        ("Alan Hart has a board role at Marlow Foundation.",
         ("Alan Hart", "MEMBER_OF", "Marlow Foundation", "board member")),
    ],
)  # fmt: skip
def test_a_post_called_a_role_is_held_at_the_body_after_it(sentence, row):
    assert row in _posts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rita Moss spoke about the chair role at Marlow Foundation.",
        "Rita Moss advertised a trustee role with Marlow Foundation.",
    ],
)
def test_a_role_someone_only_talks_about_is_not_their_post(sentence):
    assert not any(who == "Rita Moss" for who, *_ in _posts(sentence))
