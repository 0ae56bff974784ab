"""People listed with titles before one body: "Dr A and Professor B of Foo" and "PC A
and PCSO B of Foo Police" both work there; "Imam A and Rabbi B of Foo" do not share
a body (a faith leader's title, or a councillor's, says nothing of colleagues), nor
does a person named without a title before a titled one; and "Dr A and her team at
Foo": she works there too."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Kelby Carers Forum spring meeting\n\nThe forum met in Fenby on Tuesday. {}\n"


def _employed_at(sentence: str, body: str) -> set[str]:
    seed = extract_text(_PAGE.format(sentence), path="forum.txt")
    return {who for who, org in pairs(seed, "WORKS_FOR") if org == body}


@pytest.mark.parametrize(
    ("sentence", "body", "employed"),
    [
        ("The study was led by Dr Jo Tern and Professor Ada Foss of Kelby University.",
         "Kelby University", {"Jo Tern", "Ada Foss"}),
        ("PC Jo Tern and PCSO Ada Foss of Fenby Police visited the stall.",
         "Fenby Police", {"Jo Tern", "Ada Foss"}),
        ("Cllr Jo Tern and Dr Ada Foss of Kelby Hospital opened the garden.",
         "Kelby Hospital", {"Ada Foss"}),
        ("Our treasurer is Jo Tern, and Professor Ada Foss of Kelby University joined.",
         "Kelby University", {"Ada Foss"}),
    ],
)  # fmt: skip
def test_titled_colleagues_share_the_body_named_after_them(sentence, body, employed):
    assert _employed_at(sentence, body) == employed


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The sessions are evaluated by Dr Jo Tern and her team from the University of Fenby.",
         "University of Fenby"),
        ("We are working with Dr Jo Tern and colleagues at Kelby College on the report.",
         "Kelby College"),
        ("Sgt Jo Tern and the neighbourhood policing team from Fenby Police came along.",
         "Fenby Police"),
    ],
)  # fmt: skip
def test_a_person_and_their_team_at_a_body_work_there(sentence, body):
    assert "Jo Tern" in _employed_at(sentence, body)


def test_a_team_named_without_a_body_after_it_places_no_one():
    sentence = "Jo Tern and the team thanked Kelby Trust for the grant."
    assert _employed_at(sentence, "Kelby Trust") == set()
