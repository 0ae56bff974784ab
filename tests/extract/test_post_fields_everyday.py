"""Fields of work a post names before the body it is held at: "Director of
Service Delivery and Customer Experience at Foo", "Director of Care and
Supported Housing for Foo Housing Association" are posts at Foo, not a body
named "Care and Supported Housing for ...". Small made-up write-ups; the fault
from a real page.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, posts


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Kelby Partnership NHS Foundation Trust (KPFT) runs the service.\n\n"
            "Jess Lane, Director of Service Delivery and Customer Experience at KPFT said: "
            "“It works.”",
            (
                "Jess Lane",
                "WORKS_FOR",
                "Kelby Partnership NHS Foundation Trust",
                "director of service delivery and customer experience",
            ),
        ),
        (
            "Dave Blane, Director of Care and Supported Housing for Fenby Housing Association "
            "said: “It works.”",
            (
                "Dave Blane",
                "WORKS_FOR",
                "Fenby Housing Association",
                "director of care and supported housing",
            ),
        ),
    ],
)
def test_a_posts_fields_end_where_its_body_begins(text, row):
    assert row in posts(extract_text(text, path="page.txt"))


def test_fields_before_a_body_are_no_body():
    found = entities(
        "Dave Blane, Director of Care and Supported Housing for Fenby Housing Association "
        "said: “It works.”"
    )
    assert not [n for t, n in found if t == "Organisation" and n.startswith("Care")]
