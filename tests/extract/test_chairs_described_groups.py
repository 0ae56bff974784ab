"""A chair of a board or group said with describing words, the body named before:
"The new board is chaired by Jane Doe", "The Alliance board is chaired by", "The
Network steering group is chaired by", "Our steering group is chaired by", "The board
of nine directors, elected by ..., is chaired by" (rules/chair_agents.py `seat_group`,
rules/chairs.py). Near misses give nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import chair_seats


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a body's short name before the board's word: the body last named so
        ("Kelby Food Alliance brings together forty groups across the town. The Alliance "
         "board is chaired by Ada Foss, chief executive of Fenby Larder.\n",
         "Ada Foss", "Kelby Food Alliance"),
        ("The Ormsby Youth Network has 30 member groups. The Network steering group is "
         "chaired by Jo Tern (Ormsby Scouts).\n", "Jo Tern", "Ormsby Youth Network"),
        # "our" and describing words: the page's own body
        ("About Lark Valley Together\n\nLark Valley Together is a partnership of residents "
         "and local groups. Our steering group is chaired by Nina Shah, a retired teacher.\n",
         "Nina Shah", "Lark Valley Together"),
        # lower-case describing words before "board", a clause between it and the verb
        ("Fenby Community Land Trust owns six homes. The board of nine directors, elected "
         "by our members, is chaired by Sam Pike.\n", "Sam Pike", "Fenby Community Land Trust"),
        ("Kelby Advice Centre was set up in 1994. The current board is chaired by Ben "
         "Lark, a retired solicitor.\n", "Ben Lark", "Kelby Advice Centre"),
    ],
)  # fmt: skip
def test_a_chair_of_a_described_group(text, person, body):
    assert (person, body) in chair_seats(text)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a meeting or session chaired: no seat on a body
        ("Kelby Food Alliance held its annual conference in May. The opening session was "
         "chaired by Ada Foss.\n", "Ada Foss", "Kelby Food Alliance"),
        # a board named with "a": no body said back
        ("Kelby Food Alliance grew this year. Funding decisions are made by a panel of "
         "funders chaired by Jo Tern.\n", "Jo Tern", "Kelby Food Alliance"),
        # a board being formed, in a merger's story: the merged body's, not the last named
        ("Fenby Advice will merge with Kelby Money Matters in April. The new board will be "
         "chaired by Jo Tern.\n", "Jo Tern", "Kelby Money Matters"),
        # a capitalised word before the group that names no body the page gave
        ("Fenby Hall Trust reopened the hall. The Lottery panel is chaired by Nina Shah.\n",
         "Nina Shah", "Fenby Hall Trust"),
    ],
)  # fmt: skip
def test_no_chair_without_a_described_group(text, person, body):
    assert (person, body) not in chair_seats(text)
