"""Co-authors named after "with" beside a verb of writing a report ("written with
researchers at Fenby University", "written by Ada Foss with researchers from ...",
"a report she co-wrote with Jo Tern"), and bodies whose researchers wrote it
("written by researchers at ..."), are its authors; money or help "with" brings
gives no author. Made-up bodies and people; each case stands for a kind seen on
several writers' pages.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _authored(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "AUTHORED")


@pytest.mark.parametrize(
    ("text", "author", "report"),
    [
        (
            'We launched our short report, "Buying in Kelby", written with researchers at '
            "Kelby Foo University.",
            "Kelby Foo University",
            "Buying in Kelby",
        ),
        (
            'The network launched its new report, "After the Storm", written by researchers '
            "at the University of Fenby.",
            "University of Fenby",
            "After the Storm",
        ),
        (
            'The forum launched its new report, "Warm Rooms for All", written by its policy '
            "officer, Ada Foss, with researchers from the University of Fenby.",
            "University of Fenby",
            "Warm Rooms for All",
        ),
        (
            "The trust launched its Kind Streets Kelby strategy, written with the Fenby "
            "Institute for Neighbourhood Health.",
            "Fenby Institute for Neighbourhood Health",
            "Kind Streets Kelby",
        ),
    ],
)
def test_those_named_after_with_beside_a_writing_verb_are_authors(text, author, report):
    assert (author, report) in _authored(text)


def test_funding_with_a_writing_verb_gives_no_author():
    found = _authored(
        'The charity published "Wide Doors Kelby", produced with funding from the Fenby Trust.'
    )
    assert not any(a == "Fenby Trust" for a, _ in found)
