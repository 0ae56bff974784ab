"""An opening of a body's unnamed building ("officially opened its new premises"):
the occasion is named for the body "its" stands for, the body the recogniser
names before it in the sentence or, failing that, next in the paragraph
("Opening of Foo Trust's new premises"); whoever opened it took part, also when
the opening is told after "by" ("gave her support ... by opening its new
premises"). All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


@pytest.mark.parametrize(
    ("text", "opener", "name"),
    [
        ("Mayor opens charity premises\n\nJane Doe, the Mayor of Kelby, has given her "
         "support to a local charity by officially opening its new premises in Dalby. "
         "Foo Lantern Trust supports people with sight loss across the borough.\n",
         "Jane Doe", "Foo Lantern Trust's new premises"),
        ("New home for Kelby Youth Trust\n\nKelby Youth Trust celebrated this week as the "
         "Mayor, Councillor Ann Lee, officially opened its new premises on Mill Street "
         "in Dalby.\n", "Ann Lee", "Kelby Youth Trust's new premises"),
    ],
)  # fmt: skip
def test_the_opening_is_named_for_the_body_its_stands_for(text, opener, name):
    seed = extract_text(text, path="page.txt")
    found = [e for e in events(seed) if e["name"].endswith(name)]
    assert found, [e["name"] for e in events(seed)]
    assert (opener, found[0]["name"]) in pairs(seed, "PARTICIPATED_IN")


def test_premises_with_no_body_named_are_no_occasion():
    seed = extract_text(
        "Busy spring\n\nThe team has been busy since they opened their new premises "
        "in March, and the waiting list is shorter.\n",
        path="page.txt",
    )
    assert not [e for e in events(seed) if "premises" in e["name"]], events(seed)
