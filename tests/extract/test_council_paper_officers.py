"""Officers on the lines heading a council's paper ("Report author: Jane Doe,
Community Safety Manager") hold their posts at the council."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

PAPER = (
    "MARLOW VALE DISTRICT COUNCIL\n"
    "CABINET - 4 MARCH 2026\n\n"
    "Subject: Community Hall Grants 2026-27\n"
    "Report author: Ann Bell, Community Grants Manager\n"
    "Contact officer: Tom Gray, Grants Officer\n\n"
    "1. Purpose\n"
    "To agree the grants recommended by the panel for village halls in the district.\n"
)


def test_the_author_of_a_council_paper_works_for_the_council():
    found = with_roles(extract_text(PAPER, path="paper.txt"), "WORKS_FOR")
    assert ("Ann Bell", "Marlow Vale District Council", "Community Grants Manager") in found
    assert ("Tom Gray", "Marlow Vale District Council", "Grants Officer") in found
