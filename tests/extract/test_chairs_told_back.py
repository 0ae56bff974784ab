"""A chair told of a body by "the <word>" opening the sentence as the passive's
subject: "The partnership is chaired by Jane Doe" where the body's name ends in
no such word ("Foo Together": the body the last sentences were about), and "The
committee, which ..., is chaired by Jane Doe" (the subject found in the parse past
a clause set off by commas; a body with members named before with that word)
(rules/chairs.py `_subject_opening`, `_group_said_back`). Near misses give
nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import chair_seats


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Kelby Together now has forty member bodies. Kelby Together helps hospitals and "
         "colleges buy from local firms.\n\nThe partnership is chaired by Ada Foss, "
         "director of Fenby Homes.\n", "Ada Foss", "Kelby Together"),
        ("Ormsby Works brings employers and schools together. Ormsby Works was set up "
         "in 2020.\n\nThe alliance will be chaired by Jo Tern.\n", "Jo Tern", "Ormsby Works"),
        ("Lark Vale Area Committee met on Monday and agreed six grants.\n\nThe committee, "
         "which is made up of the four councillors for Lark Vale, is chaired by Cllr Ben "
         "Lark.\n", "Ben Lark", "Lark Vale Area Committee"),
        ("Fenby Carers Network has grown this year.\n\nThe network, which meets at "
         "Fenby Library, is chaired by Nina Shah.\n", "Nina Shah", "Fenby Carers Network"),
    ],
)  # fmt: skip
def test_a_chair_of_the_body_the_word_stands_for(text, person, body):
    assert (person, body) in chair_seats(text)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a past sitting, "was chaired by": a meeting's chair, not the body's
        ("Kelby Together held its first summit at Fenby Hall. Kelby Together paid for "
         "it.\n\nThe partnership was chaired by Ada Foss.\n", "Ada Foss", "Kelby Together"),
        # "the panel": a session's, not a body with a chair
        ("Ormsby Works ran a jobs fair in March. Ormsby Works paid for it.\n\nThe panel "
         "is chaired by Jo Tern.\n", "Jo Tern", "Ormsby Works"),
        # "the partnership" opening no sentence
        ("Kelby Together buys locally, and its report says the partnership is chaired by "
         "Ada Foss.\n", "Ada Foss", "Kelby Together"),
    ],
)  # fmt: skip
def test_no_standing_body_gives_no_chair(text, person, body):
    assert (person, body) not in chair_seats(text)
