"""Who chairs a body whose board is named only by a common noun: "We are governed by
a board of seven volunteer trustees, chaired by" (the page's own body), "It is now run
by a volunteer committee chaired by" (the body "It" stands for), "The trust is led by
its director and a board of trustees chaired by", "the trust board is chaired by"
(the trust the page first names, not another trust it names later): MEMBER_OF, role
chair (rules/chairs.py, rules/chair_agents.py). A board told with "a" and no
governing verb gives nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "About Kelby Arts Trust\n\nKelby Arts Trust runs a gallery in Fenby. We are "
            "governed by a board of seven volunteer trustees, chaired by Jo Tern, a retired "
            "teacher.\n",
            "Jo Tern",
            "Kelby Arts Trust",
        ),
        (
            "Fenby news\n\nFenby Pride Club was founded in 2019 by two friends. It is now run "
            "by a volunteer committee chaired by Ada Foss, with one part-time worker.\n",
            "Ada Foss",
            "Fenby Pride Club",
        ),
        (
            "Where we work\n\nKelby Edge Community Trust works across Kelby. Its courses are "
            "funded by the Fenby Family Trust. The trust is led by our director, Sam Reed, "
            "and a board of nine volunteer trustees chaired by Dr Jo Tern.\n",
            "Jo Tern",
            "Kelby Edge Community Trust",
        ),
        (
            "Kelby Schools Trust\nAnnual report\n\nOur schools had grants from the Fenby "
            "Family Trust this year. Governance note: the trust board is chaired by Ada Foss.\n",
            "Ada Foss",
            "Kelby Schools Trust",
        ),
    ],
)
def test_a_board_named_by_a_common_noun_chairs_its_body(text, person, body):
    seed = extract_text(text, path="page.txt")
    assert (person, body, "chair") in with_roles(seed, "MEMBER_OF")


def test_the_trust_board_is_not_the_trust_named_last():
    seed = extract_text(
        "Kelby Schools Trust\nAnnual report\n\nOur schools had grants from the Fenby "
        "Family Trust this year. Governance note: the trust board is chaired by Ada Foss.\n",
        path="page.txt",
    )
    assert ("Ada Foss", "Fenby Family Trust") not in pairs(seed, "MEMBER_OF")


def test_a_board_with_no_governing_verb_gives_no_chair():
    seed = extract_text(
        "Fenby news\n\nFenby Pride Club met in May. The club heard from a panel of "
        "volunteer trustees chaired by Ada Foss.\n",
        path="page.txt",
    )
    assert ("Ada Foss", "Fenby Pride Club") not in pairs(seed, "MEMBER_OF")


def test_the_board_is_the_page_s_board_not_the_board_named_last():
    seed = extract_text(
        "Kelby Health Board backs new plan\n\nThe Kelby Health and Wellbeing Board has "
        "approved a new plan. The plan was drawn up with the Fenby Integrated Care Board.\n\n"
        "The board is chaired by Cllr Jo Tern, the council's cabinet member for health.\n",
        path="page.txt",
    )
    members = pairs(seed, "MEMBER_OF")
    assert ("Jo Tern", "Fenby Integrated Care Board") not in members
    assert any(who == "Jo Tern" and "Kelby Health" in body for who, body in members)
