"""Posts a page names plainly, that the post words now know: a head of a field
named with no organisation ("Jane Doe, Head of Fundraising, said") is a staff
post at the page's own body, and a spokesperson for a body holds a post there
("Spokesperson for the Foo Council, Jane Doe said"). Small made-up write-ups;
the faults from real pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_PAGE = "Kelby Hospice has opened a new garden. Kelby Hospice cares for 300 people a year.\n\n"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Wendy Sprake, Head of Volunteer Involvement, said: “Volunteers matter.”",
            ("Wendy Sprake", "WORKS_FOR", "Kelby Hospice", "head of volunteer involvement"),
        ),
        (
            "Head of Care, Tom Reeve, said the garden would help families.",
            ("Tom Reeve", "WORKS_FOR", "Kelby Hospice", "head of care"),
        ),
    ],
)
def test_a_head_of_a_field_with_no_body_is_at_the_pages_own(text, row):
    assert row in posts(extract_text(_PAGE + text, path="page.txt"))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Spokesperson for the Fenby Council, Laura Sexby said: “We will work with our "
            "partners.”",
            ("Laura Sexby", "WORKS_FOR", "Fenby Council", "spokesperson"),
        ),
        (
            "Ola Brisk, spokeswoman for Dalby Housing Trust, said the homes were safe.",
            ("Ola Brisk", "WORKS_FOR", "Dalby Housing Trust", "spokeswoman"),
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body_named_with_the_post(text, row):
    assert row in posts(extract_text(text, path="page.txt"))
