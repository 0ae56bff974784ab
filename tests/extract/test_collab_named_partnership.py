"""A page that names a body "... Partnership" and then calls it "the partnership"
does not thereby call the working together of other bodies a partnership: they stay
collaborators (rules/partnership.py, `named_partnership`). A page that speaks of
"the partnership" with no such body still makes them partners. All names and
sentences made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_the_partnership_named_before_leaves_others_collaborators():
    text = (
        "The Kelby Community Safety Partnership held its summer meeting in Fenby.\n"
        "Fenby Borough Council said it would work with Orton College on a youth panel.\n"
        "A report will be published by the partnership in May.\n"
    )
    seed = extract_text(text, path="page.txt")
    together = pairs(seed, "COLLABORATES_WITH")
    assert ("Fenby Borough Council", "Orton College") in together | {(b, a) for a, b in together}
    assert not pairs(seed, "PARTNER_OF") & {
        ("Fenby Borough Council", "Orton College"),
        ("Orton College", "Fenby Borough Council"),
    }


def test_the_partnership_with_no_body_so_named_makes_partners():
    text = (
        "Fenby Borough Council said it would work with Orton College on a youth panel.\n"
        "The partnership will run for three years.\n"
    )
    seed = extract_text(text, path="page.txt")
    found = pairs(seed, "PARTNER_OF")
    assert ("Fenby Borough Council", "Orton College") in found | {(b, a) for a, b in found}
