"""A programme named after "its" belongs to the body the "its" stands for: the
named subject of the clause holding it, not the first body the sentence names
("The Fenby Trust renewed its grant; the Jo Tern Network gave us a chiller through
its Kelby Chill programme" -> the Jo Tern Network runs Kelby Chill). Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _runs(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "RUNS")


@pytest.mark.parametrize(
    ("text", "runner", "other", "programme"),
    [
        (
            "Kelby Food Share update\n\nThe Fenby Trust renewed its core grant; the Jo Tern "
            "Network gave us a chiller through its Kelby Chill programme; and Ada Foss "
            "Bakery paid for our new van.",
            "Jo Tern Network",
            "Fenby Trust",
            "Kelby Chill",
        ),
        (
            "Kelby Carnival report\n\nThis year's sponsors were Kelby Water and the Fenby "
            "Building Society, and the Kelby Arts Board contributed £5,000 through its "
            "Tern Makers scheme.",
            "Kelby Arts Board",
            "Fenby Building Society",
            "Tern Makers",
        ),
    ],
)
def test_its_programme_is_the_clause_subjects(text, runner, other, programme):
    found = _runs(text)
    assert (runner, programme) in found
    assert (other, programme) not in found


def test_its_programme_of_the_only_body_still_found():
    text = (
        "Fenby news\n\nThe Kelby Community Foundation has announced the groups that "
        "will receive money from its Kelby Steps programme this spring."
    )
    assert ("Kelby Community Foundation", "Kelby Steps") in _runs(text)
