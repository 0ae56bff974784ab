"""Two bodies becoming one are partners, as bodies said to join forces: "A and B
have merged", "A and B are to merge", "Foo merged with B in 2019", "the trust's
merger with B", "a merger between A and B" (vocab/joint_work_partner_words.txt,
patterns/partnership.jsonl). A person who oversaw a merger is no partner. All names
and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _partners(text: str) -> set[tuple[str, str]]:
    found = pairs(extract_text(text + "\n", path="page.txt"), "PARTNER_OF")
    return found | {(b, a) for a, b in found}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kelby Volunteer Centre and the Fenby Volunteer Bureau have merged.",
         "Kelby Volunteer Centre", "Fenby Volunteer Bureau"),
        ("Kelby Citizens Advice and the Orton Money Advice Centre are to merge on 1 April, "
         "creating one advice charity for the borough.", "Kelby Citizens Advice",
         "Orton Money Advice Centre"),
        ("Under her leadership Kelby Housing Group merged with Fenby Homes in 2019.",
         "Kelby Housing Group", "Fenby Homes"),
        ("Ada Foss, treasurer of Kelby Advice Bureau, steered the charity through its "
         "merger with Orton Advice.", "Kelby Advice Bureau", "Orton Advice"),
        ("The trustees approved a merger between Fenby Mind and the Kelby Wellbeing Trust.",
         "Fenby Mind", "Kelby Wellbeing Trust"),
    ],
)  # fmt: skip
def test_two_bodies_merging_are_partners(text, a, b):
    assert (a, b) in _partners(text)


def test_a_person_who_oversaw_a_merger_is_no_partner():
    text = "Jo Tern oversaw the charity's merger with Fenby Care in 2017."
    seed = extract_text(text + "\n", path="page.txt")
    ends = {n for r in seed["relations"] for n in (r["from"], r["to"])
            if r["type"] in {"PARTNER_OF", "COLLABORATES_WITH"}}  # fmt: skip
    assert "Jo Tern" not in ends
