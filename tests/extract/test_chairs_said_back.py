"""A chair told of a body a sentence named before, by "It" or "Its" opening the
sentence: "The network is funded by Foo. It is chaired by Jane Doe", "Its steering
group is chaired by Jane Doe" (rules/chairs.py `_pronoun_body`; the body the opening
"The network" stands for is the last sentence's subject, rules/focus.py). Near
misses give nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import chair_seats


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("The Fenby Carers Network was set up in 2021. The network is funded by Kelby "
         "Council. It is chaired by Ada Foss, chief executive of Ormsby Advice.\n",
         "Ada Foss", "Fenby Carers Network"),
        ("Ormsby Food Alliance has grown to forty groups. It has been chaired since 2022 "
         "by Jo Tern.\n", "Jo Tern", "Ormsby Food Alliance"),
        ("Kelby Climate Network meets monthly. The network's coordinator, Ben Lark, is hosted "
         "by Fenby Mind. Its steering group is chaired by Nina Shah of Kelby Rowers.\n",
         "Nina Shah", "Kelby Climate Network"),
        ("The Lark Valley Partnership covers six villages. Its board is chaired by Sam "
         "Pike.\n", "Sam Pike", "Lark Valley Partnership"),
    ],
)  # fmt: skip
def test_a_chair_of_the_body_it_stands_for(text, person, body):
    assert (person, body) in chair_seats(text)


@pytest.mark.parametrize(
    "text",
    [
        # a past meeting, "It was chaired by": the meeting's chair, not the body's
        "Kelby Trust held its annual conference at Fenby Hall. It was chaired by Ada Foss.\n",
        # "It" opening no sentence
        "Kelby Trust runs a lunch club, and the club says it is chaired by Ada Foss.\n",
    ],
)
def test_it_for_no_standing_body_gives_no_chair(text):
    assert ("Ada Foss", "Kelby Trust") not in chair_seats(text)
