"""Officers on a page that records a body's own meeting: the headline says so
("Minutes of the Annual General Meeting of Foo", "Foo - notes from the June
meeting", "Club news: Foo AGM": meeting_pages.py) and its chair, treasurer or
secretary is named with no body ("The Chair, Mrs Jane Doe, welcomed members",
"John Roe was re-elected Treasurer": rules/page_posts.py): a seat at that body.
Near misses give nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_MINUTES = (
    "Minutes of the Annual General Meeting of Larch Park Residents Association\n\n"
    "Held on Monday 6 May at Larch Park Hall\n\n"
    "1. Welcome\nThe Chair, Mrs Ada Foss, welcomed members and guests, including Cllr "
    "Ben Lark (Fenby Borough Council).\n\n"
    "2. Accounts\nThe Treasurer, Mr Tom Reed, presented the accounts, which were checked "
    "by Kelby Audit Services.\n\n"
    "3. Election of officers\nAda Foss was re-elected Chair. Nina Shah was elected "
    "Secretary. Sam Pike and Ella Moss were elected to the committee.\n"
)


@pytest.mark.parametrize("person", ["Ada Foss", "Tom Reed", "Nina Shah"])
def test_officers_in_minutes_sit_at_the_body_the_headline_names(person):
    seed = extract_text(_MINUTES, path="page.txt")
    assert (person, "Larch Park Residents Association") in pairs(seed, "MEMBER_OF")
    assert (person, "Fenby Borough Council") not in pairs(seed, "WORKS_FOR")


def test_a_forums_meeting_notes_name_its_chair():
    text = (
        "Kelby Voluntary Sector Network - notes from the June meeting\n\n"
        "The network met online on 3 June. The Chair, Jo Tern, opened the meeting and "
        "thanked Fenby Mind for the room.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Jo Tern", "Kelby Voluntary Sector Network") in pairs(seed, "MEMBER_OF")


@pytest.mark.parametrize(
    "headline",
    [
        # no meeting record: the body named is not the page's own by its headline
        "Kelby Trust and Fenby Mind open a new hub",
        # notes that record no meeting
        "Kelby Trust and Fenby Mind: notes on the new garden",
    ],
)
def test_no_record_of_one_body_places_no_chair(headline):
    text = headline + "\n\nThe Chair, Jo Tern, opened the meeting.\n"
    seed = extract_text(text, path="page.txt")
    assert ("Jo Tern", "Kelby Trust") not in pairs(seed, "MEMBER_OF")
    assert ("Jo Tern", "Fenby Mind") not in pairs(seed, "MEMBER_OF")
