"""Where people named together are from: "A and B of Foo Trust" are both Foo's;
"A, B and C, and D of Foo Trust" names a list closed before D, so only D is."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Kelby Carers Forum 2026\n\n{}\n"


@pytest.mark.parametrize(
    ("sentence", "employed"),
    [
        ("The audience included Ada Brook and Dan Holt from Westshire Health Trust.",
         {"Ada Brook", "Dan Holt"}),
        ("Speakers were Ada Brook, Ben Marsh, and Dan Holt from Westshire Health Trust.",
         {"Ada Brook", "Ben Marsh", "Dan Holt"}),
        ("The audience included the councillors Ada Brook, Ben Marsh and Cara Penn, and Dan "
         "Holt from Westshire Health Trust.", {"Dan Holt"}),
        ("Guests were Ada Brook and Ben Marsh, and Dan Holt from Westshire Health Trust.",
         {"Dan Holt"}),
    ],
)  # fmt: skip
def test_a_body_after_a_list_is_shared_only_within_it(sentence, employed):
    seed = extract_text(_PAGE.format(sentence), path="forum.txt")
    assert {p for p, org in pairs(seed, "WORKS_FOR") if org == "Westshire Health Trust"} == employed
