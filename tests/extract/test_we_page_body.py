"""The body a "we" page speaks for, when it names one body alone where it opens:
in its headline ("Summer bulletin, Foo Network"), else in its first paragraph
naming any, as a subject or after "the board of" / "the annual meeting of"
(`page_only_body`). "Our chair", "our trustees" are then that body's seats. All
names and sentences are made up."""

from __future__ import annotations

from tests.extract.reading import members


def test_the_one_body_a_headline_names_after_a_comma():
    found = members(
        "Team news - autumn bulletin, Kelby Advice Network\n\n"
        "Welcome back\n\n"
        "We have had a busy summer. Our chair, Adaeze Okafor, thanks every volunteer "
        "who helped at the open day."
    )
    assert ("Adaeze Okafor", "Kelby Advice Network") in found


def test_the_annual_meeting_of_a_body_in_the_first_paragraph():
    found = members(
        "Annual meeting 2026: a round-up\n\n"
        "Thank you to the thirty members who joined us on 4 March for the annual "
        "meeting of Fenby Community Pantry.\n\n"
        "Our chair, Gregor Lindqvist, opened the meeting and looked back on the year."
    )
    assert ("Gregor Lindqvist", "Fenby Community Pantry") in found


def test_the_board_of_a_body_in_the_first_paragraph():
    found = members(
        "Introducing our new trustees\n\n"
        "We are delighted to welcome two people who joined the board of Orrin Food "
        "Share at our meeting in May.\n\n"
        "They join our chair Beatrix Hallworth and the rest of the board."
    )
    assert ("Beatrix Hallworth", "Orrin Food Share") in found


def test_the_subject_of_the_first_paragraph():
    found = members(
        "Review of the year\n\n"
        "It has been a year in which Westmoor Community Fund has grown more than "
        "ever.\n\n"
        "Our chair, Ottilie Brannagh, thanks every donor."
    )
    assert ("Ottilie Brannagh", "Westmoor Community Fund") in found


def test_not_a_body_named_only_as_someones():
    found = members(
        "What we heard at our spring social\n\n"
        "We heard from Ingrid Moss of Fenby Youth Action about their summer camps.\n\n"
        "We are proud to be a member of the Kelby Sports Network."
    )
    assert ("Fenby Youth Action", "Kelby Sports Network") not in found


def test_not_when_the_headline_names_two_bodies():
    found = members(
        "Kelby Advice Network and Orrin Law Centre sign agreement\n\n"
        "We are proud to be a member of the Fenby Housing Forum."
    )
    assert not {p for p in found if p[1] == "Fenby Housing Forum"}
