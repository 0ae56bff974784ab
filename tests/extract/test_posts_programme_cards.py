"""Posts on a programme's lines and in styles as written (the posts topic, round 41):
a person and their body closing a line after a session's title and a dash, or
after "by" ("Keynote: 'Title' – Professor Jane Doe, Foo Trust", "Workshop – led by
Jane Doe, Foo Trust", "Chair: Jane Doe, Foo Forum"), works for the body; a style
that is a post gives the role in the page's words ("Sergeant", not "Sgt"). And the
near misses: a name and a body in a plain list, or a pair the line goes on past."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            'Programme\n\n10.15 Opening talk: "Why small groups matter" – Professor Lin Okoye, '
            "Barford Ageing Trust",
            "Lin Okoye",
            "Barford Ageing Trust",
        ),
        (
            'Agenda\n\n14.00 Keynote: "Homes first" - Dr Ravi Senn, Kelby Housing Institute',
            "Ravi Senn",
            "Kelby Housing Institute",
        ),
        (
            "Programme\n\n11.30 Digital skills clinic – led by Nell Garrow, Fenby Library Service",
            "Nell Garrow",
            "Fenby Library Service",
        ),
        (
            "Breakout sessions\n\nPanel: who gets heard?\nChair: Tomas Vey, Marsh Carers Forum",
            "Tomas Vey",
            "Marsh Carers Forum",
        ),
    ],
)
def test_a_pair_closing_a_programme_line_is_a_post(text, person, body):
    assert (person, body) in pairs(extract_text(text, path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (  # the line goes on past the body: a list of guests, not a speaker's card
            "Programme\n\n12.00 Lunch – hosted by Nell Garrow, Fenby Library Service and "
            "Kelby Rotary Club",
            "Nell Garrow",
            "Fenby Library Service",
        ),
        (  # a sentence of prose: the person and the body are two things thanked
            "The hall was lent by Tomas Vey, Marsh Carers Forum and the parish, who all "
            "helped on the day.",
            "Tomas Vey",
            "Marsh Carers Forum",
        ),
    ],
)
def test_a_pair_the_line_goes_on_past_is_no_post(text, person, body):
    assert (person, body) not in pairs(extract_text(text, path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Answering questions, Sergeant Ola Brisk of Fenby Police described the scheme.",
            ("Ola Brisk", "Fenby Police", "Sergeant"),
        ),
        (
            "The stall was run by Inspector Rita Vale of Kelby Police with two volunteers.",
            ("Rita Vale", "Kelby Police", "Inspector"),
        ),
    ],
)
def test_a_style_gives_the_role_as_the_page_writes_it(text, row):
    assert row in with_roles(extract_text(text, path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Marsh Youth Players have won the top prize at the Kelby Drama Festival. The group, "
            "run by Fenby Arts Hall, staged a new play about the canal. Director Jo Tern said "
            "the cast had rehearsed since spring.",
            "Jo Tern",
            "Marsh Youth Players",
        ),
        (
            "Kelby Rowing Club took gold at the regional regatta on Saturday. Its new boat was "
            "paid for with a grant from Fenby Boatworks. Head coach Ada Foss said the crew had "
            "trained all winter.",
            "Ada Foss",
            "Kelby Rowing Club",
        ),
    ],
)
def test_a_staff_post_with_no_body_is_at_the_body_the_item_opens_with(text, person, body):
    assert (person, body) in pairs(extract_text(text, path="page.txt"), "WORKS_FOR")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (  # the post names another kind of body than the subject's
            "Kelby Rowing Club took gold at the regional regatta on Saturday. Its new boat was "
            "paid for with a grant from Fenby Boatworks. Partnership coordinator Ada Foss said "
            "the crew had trained all winter.",
            "Ada Foss",
            "Kelby Rowing Club",
        ),
        (  # a council opens the item: its posts are placed as a council's
            "Fenby Town Council has opened a new riverside garden. The plants came as a gift "
            "from Kelby Nurseries. Coordinator Ada Foss said all ages are welcome to help.",
            "Ada Foss",
            "Fenby Town Council",
        ),
    ],
)
def test_a_staff_post_is_not_at_a_subject_it_cannot_be_at(text, person, body):
    assert (person, body) not in pairs(extract_text(text, path="page.txt"), "WORKS_FOR")
