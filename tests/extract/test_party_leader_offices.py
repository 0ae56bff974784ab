"""A political party named only in its leader's post is the person's office, not
a body that acts (corpus/GOLD.md: parties only when they act). Made-up
write-ups, one kind of fault from real pages."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Westshire Green Party Leader Ada Brook and Member of Parliament Tom Reed "
         "visited Kelby Hospice today.", "Westshire Green Party"),
        ("The panel included Ada Brook, the leader of the Kelby Equality Party, and "
         "Tom Reed, chief executive of Dalby Homes.", "Kelby Equality Party"),
    ],
)  # fmt: skip
def test_a_party_named_in_its_leaders_post_is_no_organisation(text, party):
    seed = extract_text("Kelby news\n\n" + text + "\n", path="page.txt")
    assert party not in {e["name"] for e in seed["entities"]}
    assert not any(r["to"] == party or r["from"] == party for r in seed["relations"])


def test_a_working_party_with_a_leader_is_still_a_body():
    seed = extract_text(
        "Kelby news\n\nThe Kelby Working Party Leader Ada Brook opened the meeting.\n",
        path="page.txt",
    )
    assert "Kelby Working Party" in {e["name"] for e in seed["entities"]}
    assert {(w, t) for w, _, t, _ in posts(seed)} == {("Ada Brook", "Kelby Working Party")}
