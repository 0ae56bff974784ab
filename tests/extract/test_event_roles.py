"""A part at the page's event named by the page's own word after "as": "with
Jane Doe as guest of honour", "Tom Ray joined us as compere" (rules/event_roles.py).
Made-up names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import at_summit as _at_event
from tests.extract.reading import with_roles


@pytest.mark.parametrize(
    ("sentence", "who", "role"),
    [
        ("We were delighted to have Jane Doe as Guest of Honour at the summit.",
         "Jane Doe", "guest of honour"),
        # a compere is written with the table's word (vocab/participation_role_words_people.txt)
        ("Tom Ray joined us as compere for the day.", "Tom Ray", "chair"),
        ("Ella Moss attended as guest of honour.", "Ella Moss", "guest of honour"),
        ("We welcomed Dan Reeve as our keynote speaker.", "Dan Reeve", "keynote speaker"),
    ],
)  # fmt: skip
def test_the_part_named_after_as_is_the_role(sentence, who, role):
    assert (who, role) in _at_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe, who joined Keyline Homes as chair in 2019, opened the summit.",
        "Jane Doe was there as a tenant of Keyline Homes.",
        "Jane Doe spoke as well as Tom Ray.",
    ],
)
def test_a_post_or_no_part_after_as_is_no_event_role(sentence):
    roles = {role for _, role in _at_event(sentence)}
    assert not roles - {"speaker", "attendee", "participant"}


def test_no_event_page_no_role_after_as():
    seed = extract_text(
        "Keyline Homes news\n\nWe were delighted to have Jane Doe as guest of honour.\n"
    )
    assert not with_roles(seed, "PARTICIPATED_IN")
