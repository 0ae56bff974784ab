"""Seats and posts said in the ways board news says them: a body's board named by
the body ("appointed to Foo Trust's board"), a seat someone represents another
body on, a panel of a body, a second predicate ("sits on A and is a governor of
B"), a relative clause between a person and the verb ("Jane Doe, who chairs A,
sits on B"), a fronted post with a style ("The Leader of Foo Council, Councillor
Jane Doe, has joined"), "who has chaired the trust", "Board members:" lines and
"KRA chief Jane Doe". All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts as _posts


def _read(text: str) -> set[tuple[str, str, str, str]]:
    """The posts (from, type, to, lower-case role) read from a short news item."""
    return _posts(extract_text("Board news\n\n" + text + "\n", path="news.txt"))


def _ends(text: str) -> set[tuple[str, str, str]]:
    return {(a, t, b) for a, t, b, _ in _read(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nia Coles has been appointed to Wrenfield Arts Trust's board.",
            ("Nia Coles", "MEMBER_OF", "Wrenfield Arts Trust", "board member"),
        ),
        (
            "Nia Coles joined the Harbury Housing Partnership board in March.",
            ("Nia Coles", "MEMBER_OF", "Harbury Housing Partnership", "board member"),
        ),
        (
            "Nia Coles was co-opted onto Wrenfield Arts Trust's board of trustees last year.",
            ("Nia Coles", "MEMBER_OF", "Wrenfield Arts Trust", "trustee"),
        ),
        (
            "Councillor Nia Coles represents the borough on the Harbury Housing Partnership board.",
            ("Nia Coles", "MEMBER_OF", "Harbury Housing Partnership", "board member"),
        ),
        (
            "Nia Coles serves on the grants committee of Wrenfield Arts Trust.",
            ("Nia Coles", "MEMBER_OF", "Wrenfield Arts Trust", "member"),
        ),
    ],
)
def test_a_seat_on_a_body_named_before_its_board(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nia Coles joined Wrenfield Arts Trust's board meeting to present the plan.",
        "Nia Coles was invited to Wrenfield Arts Trust's board to present the plan.",
        "Nia Coles reported to the Wrenfield Arts Trust board in May.",
        "Nia Coles represents Harbury ward on the county council.",
        "Nia Coles sits on the sofa of Wrenfield Arts Trust's café.",
    ],
)
def test_no_seat_where_the_board_is_only_met_or_reported_to(text):
    assert not any(t == "MEMBER_OF" and b == "Wrenfield Arts Trust" for _, t, b in _ends(text))
    assert not any(b == "Harbury" for _, _, b in _ends(text))


def test_a_second_predicate_has_the_sentence_subject():
    text = "Nia Coles sits on the board of Harbury Homes and is a governor of Wrenfield College."
    assert ("Nia Coles", "MEMBER_OF", "Wrenfield College") in _ends(text)
    assert ("Harbury Homes", "MEMBER_OF", "Wrenfield College") not in _ends(text)


def test_a_relative_clause_does_not_take_the_seat():
    text = "Nia Coles, who runs the Lantern Bookshop, is a trustee of the Harbury Reading Trust."
    ends = _ends(text)
    assert ("Nia Coles", "MEMBER_OF", "Harbury Reading Trust") in ends
    assert ("Lantern Bookshop", "MEMBER_OF", "Harbury Reading Trust") not in ends


def test_a_fronted_post_with_a_style_gives_the_seat_to_the_person_not_the_body():
    text = (
        "The Leader of Harbury Borough Council, Councillor Nia Coles, has been appointed "
        "to the board of the Wrenfield Growth Partnership."
    )
    ends = _ends(text)
    assert ("Nia Coles", "MEMBER_OF", "Wrenfield Growth Partnership") in ends
    assert ("Harbury Borough Council", "MEMBER_OF", "Wrenfield Growth Partnership") not in ends


def test_who_has_chaired_the_body_named_by_its_word():
    text = (
        "Wrenfield Community Foundation has a new chair, Ola Marsh. She takes over from "
        "Nia Coles, who has chaired the foundation since 2019."
    )
    assert ("Nia Coles", "MEMBER_OF", "Wrenfield Community Foundation") in _ends(text)


def test_chairing_a_meeting_of_the_body_is_no_seat():
    text = "Wrenfield Community Foundation met in May. Nia Coles chaired the foundation meeting."
    assert ("Nia Coles", "MEMBER_OF", "Wrenfield Community Foundation") not in _ends(text)


def test_board_members_line_gives_the_page_organisation():
    text = (
        "Harbury Homes: who we are\n\nHarbury Homes is run by a volunteer board.\n\n"
        "Board members: Nia Coles (Chair), Ola Marsh, Ben Tilly (Treasurer), Kit Dunne.\n"
    )
    rows = _posts(extract_text(text, path="board.txt"))
    assert ("Ola Marsh", "MEMBER_OF", "Harbury Homes", "board member") in rows
    assert ("Nia Coles", "MEMBER_OF", "Harbury Homes", "chair") in rows


def test_an_acronym_chief_works_for_the_body():
    text = (
        "Harbury Rural Action (HRA) supports village halls.\n\n"
        "HRA chief Nia Coles is to step down in June."
    )
    assert ("Nia Coles", "WORKS_FOR", "Harbury Rural Action") in _ends(text)


def test_a_chief_opening_a_longer_title_is_not_read_alone():
    text = "Harbury Rural Action chief executive Nia Coles spoke."
    assert ("Nia Coles", "WORKS_FOR", "Harbury Rural Action", "chief executive") in _read(text)


def test_a_post_after_where_is_at_the_body_named_before_it():
    text = (
        "Wrenfield Youth Trust will work with Harbury Borough Council, where housing "
        "lead Nia Coles has backed the scheme."
    )
    ends = _ends(text)
    assert ("Nia Coles", "WORKS_FOR", "Harbury Borough Council") in ends
    assert ("Nia Coles", "WORKS_FOR", "Wrenfield Youth Trust") not in ends


def test_a_place_before_where_takes_no_post():
    text = "The team visited Harbury, where housing lead Nia Coles showed them round."
    assert not any(b == "Harbury" for _, _, b in _ends(text))


_APPOINTMENT_PAGE = (
    "Harbury Homes announces a new appointment\n\n"
    "Harbury Homes has confirmed a change to its senior team.\n\n"
    "{sentence} She starts in June.\n"
)


def test_a_staff_post_someone_is_appointed_to_is_at_the_page_body():
    text = _APPOINTMENT_PAGE.format(sentence="Nia Coles has been appointed finance director.")
    rows = _posts(extract_text(text, path="news.txt"))
    assert ("Nia Coles", "WORKS_FOR", "Harbury Homes", "finance director") in rows


def test_a_staff_post_named_at_another_body_stays_there():
    text = _APPOINTMENT_PAGE.format(
        sentence="Nia Coles was appointed finance director at Wrenfield Foods in 2019."
    )
    ends = {(a, t, b) for a, t, b, _ in _posts(extract_text(text, path="news.txt"))}
    assert ("Nia Coles", "WORKS_FOR", "Wrenfield Foods") in ends
    assert ("Nia Coles", "WORKS_FOR", "Harbury Homes") not in ends


def test_a_staff_post_spoken_as_is_not_given_to_the_page_body():
    text = _APPOINTMENT_PAGE.format(sentence="Nia Coles spoke as a finance director.")
    ends = {(a, t, b) for a, t, b, _ in _posts(extract_text(text, path="news.txt"))}
    assert ("Nia Coles", "WORKS_FOR", "Harbury Homes") not in ends
