"""New trustees listed each with what they are ("We welcomed three new trustees: Ada
Foss, a former youth worker; Sam Reed of Fenby Accountants; and Jo Tern, 22",
"Three trustees joined the board: ...", "two new trustees this year: ...", "Other
trustees are A, B, a GP at Foo, and C"): each person listed holds the seat at the
page's own body, and no body the list names for what they are holds them
(rules/boards.py, rules/appointee_lists.py). All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "Annual review of Kelby Arts Centre\n\nKelby Arts Centre runs a theatre in Kelby. "
    "Kelby Arts Centre had a busy year.\n\n"
)
_HOME = "Kelby Arts Centre"


@pytest.mark.parametrize(
    "sentence",
    [
        "We welcomed three new trustees: Ada Foss, a former youth worker who is now deputy "
        "head at Fenby Academy; Sam Reed of Reed & Lee Accountants; and Jo Tern, 22, our "
        "first trustee to come through our youth forum.",
        "Three trustees joined the board: Ada Foss, partner at Fenby Solicitors; Sam Reed, "
        "retired director at Fenby Water; and Jo Tern, manager of Fenby Credit Union.",
        "We also welcomed three new trustees this year: Ada Foss, a partner at Hale & Dunmore "
        "accountants, Sam Reed, and Jo Tern, who runs Fenby Outdoor Learning.",
        "Our board is chaired by Bo Lind. Other trustees are Ada Foss, Dr Sam Reed, a GP at "
        "Fenby Medical Centre, and Jo Tern, an accountant.",
    ],
)
def test_each_appointee_holds_the_seat(sentence):
    seed = extract_text(_PAGE + sentence + "\n", path="page.txt")
    members = pairs(seed, "MEMBER_OF")
    for person in ("Ada Foss", "Sam Reed", "Jo Tern"):
        assert (person, _HOME) in members


def test_a_body_told_of_an_appointee_does_not_hold_the_seats():
    seed = extract_text(
        _PAGE + "Meanwhile, the charity has appointed two new trustees: Ada Foss, a senior "
        "associate at accountancy firm Fenby Partners, and Sam Reed, who chairs the Fenby "
        "Trust.\n",
        path="page.txt",
    )
    members = pairs(seed, "MEMBER_OF")
    assert ("Ada Foss", "Fenby Partners") not in members
    assert ("Sam Reed", "Fenby Partners") not in members
    assert {("Ada Foss", _HOME), ("Sam Reed", _HOME)} <= members
