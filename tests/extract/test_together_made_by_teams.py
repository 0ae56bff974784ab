"""Made by one with another, when the maker after "by" is not a bare name: a body's
team ("run by Kelby Council's youth team with B", "run by the council's youth team
with B"), a body named before by its head word ("run by the council together
with B"), or a person after their role words ("made by sound artist Ada Foss with
the B"): the maker worked with B (rules/made_with.py). Near misses must give
nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import together


@pytest.mark.parametrize(
    ("text", "maker", "partner"),
    [
        ("The strategy was drawn up by Kelby Borough Council's public health team with "
         "Fenby Patients Panel.", "Kelby Borough Council", "Fenby Patients Panel"),
        ("Dalby District Council held its first youth elections in May. The elections "
         "were run by the council's youth participation team with Orton Youth Trust.",
         "Dalby District Council", "Orton Youth Trust"),
        ("The workshops were run by Marlby Council's Play Days team together with "
         "Tarn Parents Forum.", "Marlby Council", "Tarn Parents Forum"),
        ("Hove Borough Council opened ten warm rooms. The Warm Rooms project has been "
         "run by the council together with Orton Community Trust.",
         "Hove Borough Council", "Orton Community Trust"),
        ("The boats were made by sound artist Ada Foss with the Kelby Boat Club.",
         "Ada Foss", "Kelby Boat Club"),
        ("The guide was written by Fenby Advice with the Kelby Credit Union.",
         "Fenby Advice", "Kelby Credit Union"),
    ],
)  # fmt: skip
def test_a_maker_named_by_its_team_or_head_word_works_with_them(text, maker, partner):
    assert (maker, partner) in together(text + "\n")


def test_money_or_a_team_not_followed_by_with_gives_nothing():
    text = (
        "The garden was made by Kelby Borough Council's parks team, with funding from "
        "Fenby Community Trust. The trail was set up by Orton Ramblers' walking team "
        "and opened by Dalby Parish Council.\n"
    )
    found = together(text)
    assert ("Kelby Borough Council", "Fenby Community Trust") not in found
    assert ("Orton Ramblers", "Dalby Parish Council") not in found
