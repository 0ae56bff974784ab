""" "our joint project with B", "leads our research partnership with B", headlines
"A and B join forces ...", and grant lines "Grantee - £N - ..., built with volunteers
from B": who works with whom. Made-up bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

OWN = "Quarrowby Food Trust is a charity in Oxwick. "


def _either(seed: dict, kind: str) -> set[frozenset]:
    return {frozenset(p) for p in pairs(seed, kind)}


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Sam runs the fridge and our cookery courses with Tindlemere Adult Learning.",
         "Tindlemere Adult Learning"),
        ("Jo leads our joint research with the University of Yarrowfell.",
         "University of Yarrowfell"),
        ("The banners were made for Open Hands, our project with Brimsett Arts Trust.",
         "Brimsett Arts Trust"),
    ],
)  # fmt: skip
def test_our_work_with_a_body_is_collaboration(sentence, other):
    seed = extract_text(OWN + sentence + "\n", path="page.txt")
    assert frozenset({"Quarrowby Food Trust", other}) in _either(seed, "COLLABORATES_WITH")


def test_our_research_partnership_is_the_pages_not_the_person_before():
    text = OWN + "Lydia leads our research partnership with the University of Yarrowfell.\n"
    seed = extract_text(text, path="page.txt")
    found = _either(seed, "PARTNER_OF")
    assert frozenset({"Quarrowby Food Trust", "University of Yarrowfell"}) in found
    assert frozenset({"Lydia", "University of Yarrowfell"}) not in found


def test_our_work_without_a_name_after_with_relates_no_one():
    seed = extract_text(OWN + "Our cookery courses with local families are full.\n",
                        path="page.txt")  # fmt: skip
    assert not _either(seed, "COLLABORATES_WITH")


def test_headline_join_forces_makes_partners():
    text = "Calvermoor Credit Union and Brimsett Advice Centre join forces to tackle debt\n"
    seed = extract_text(text, path="page.txt")
    assert frozenset({"Calvermoor Credit Union", "Brimsett Advice Centre"}) in _either(
        seed, "PARTNER_OF"
    )


def test_grant_line_people_from_a_body_are_its_collaborators():
    text = (
        "# Grants awarded\n\n"
        "- Oxwick Community Garden - £4,500 for raised beds, built with volunteers from "
        "Calvermoor Homes\n"
        "- Tindlemere Youth Club - £2,000 for a mural, with young people\n"
    )
    seed = extract_text(text, path="page.txt")
    found = _either(seed, "COLLABORATES_WITH")
    assert frozenset({"Oxwick Community Garden", "Calvermoor Homes"}) in found
    assert not any("Tindlemere Youth Club" in p for p in found)
