"""The chair of the page's own board told in a sentence ("Our board is chaired by
Jo Tern", "Our first board of trustees, chaired by Jo Tern, met in May"), when the
page has not yet said which body "we" are: placed at the page's own body once it
is known, and nowhere when the page has none (rules/chairs.py,
rules/chair_agents.py, page_organisation.place_posts). A body's possessive with
a describing word ("Fenby Active's advisory board is chaired by") names the
board's body. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles

_PAGE = (
    "Meet the team\n\nKelby Good Neighbours helps older people across Kelby. "
    "Kelby Good Neighbours was set up in 2014 and runs a lunch club.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our board is chaired by retired GP Dr Jo Tern.",
        "Our board is chaired by Jo Tern, who spent 30 years as a youth worker.",
        "Our manager is Sam Reed, and our board is chaired by Jo Tern.",
        "Our first board of trustees, chaired by Jo Tern, met in November.",
    ],
)
def test_our_board_chair_sits_at_the_pages_body(sentence):
    seed = extract_text(_PAGE + sentence + "\n", path="page.txt")
    assert ("Jo Tern", "Kelby Good Neighbours", "chair") in with_roles(seed, "MEMBER_OF")


def test_the_other_trustees_sit_there_too():
    seed = extract_text(
        _PAGE + "Our board is chaired by Jo Tern. The other trustees are Ada Foss "
        "(treasurer) and Sam Reed.\n",
        path="page.txt",
    )
    members = pairs(seed, "MEMBER_OF")
    assert {
        ("Jo Tern", "Kelby Good Neighbours"),
        ("Ada Foss", "Kelby Good Neighbours"),
        ("Sam Reed", "Kelby Good Neighbours"),
    } <= members


def test_a_named_bodys_advisory_board():
    seed = extract_text(
        "Kelby news\n\nFenby Active runs sport sessions in Kelby. Fenby Active's advisory "
        "board is chaired by Jo Tern, a GP in Kelby.\n",
        path="page.txt",
    )
    assert ("Jo Tern", "Fenby Active", "chair") in with_roles(seed, "MEMBER_OF")


def test_our_board_chair_is_not_placed_at_another_body_named_before():
    seed = extract_text(
        "Meet the team\n\nJo Tern works with the Fenby Primary Care Network. Our board is "
        "chaired by Ada Foss.\n",
        path="page.txt",
    )
    assert ("Ada Foss", "Fenby Primary Care Network") not in pairs(seed, "MEMBER_OF")
