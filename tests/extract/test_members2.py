"""Seats named by a body's kind before a person ("ICB chair Jo Tern", "heritage
society chair Jo Tern"): held at the body the page names in full (members,
second pass)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _read(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_letters_of_the_kind_after_a_title_naming_the_body_short():
    seed = _read(
        "Tarnby ICB names two new board members\n\n"
        "NHS Tarnby Integrated Care Board has named two new non-executive members.\n\n"
        "ICB chair Dr Mina Holt said the board would gain a stronger community voice."
    )
    assert ("Mina Holt", "NHS Tarnby Integrated Care Board") in pairs(seed, "MEMBER_OF")


def test_letters_of_the_kind_with_a_short_name_in_running_text():
    seed = _read(
        "NHS Fenby and Orme Integrated Care Board met on Tuesday. Fenby and Orme ICB "
        "agreed its winter plan.\n\nICB chair Oscar Venn thanked the staff."
    )
    assert ("Oscar Venn", "NHS Fenby and Orme Integrated Care Board") in pairs(seed, "MEMBER_OF")


def test_letters_of_the_kind_stand_for_none_of_two_bodies():
    seed = _read(
        "NHS Tarnby Integrated Care Board and NHS Kelby Integrated Care Board signed a "
        "joint plan.\n\nICB chair Dr Mina Holt said the plan was overdue."
    )
    members = pairs(seed, "MEMBER_OF")
    assert ("Mina Holt", "NHS Tarnby Integrated Care Board") not in members
    assert ("Mina Holt", "NHS Kelby Integrated Care Board") not in members


def test_kind_word_with_lower_case_words_before_it():
    seed = _read(
        "Kelby Museum opened its new gallery with the Kelby Polish Heritage Society. "
        "Speakers were heritage society chair Ada Foss and museum director Jo Tern."
    )
    assert ("Ada Foss", "Kelby Polish Heritage Society") in pairs(seed, "MEMBER_OF")
    assert ("Ada Foss", "Kelby Museum") not in pairs(seed, "MEMBER_OF")


def test_youth_forum_secretary_is_at_the_forum():
    seed = _read(
        "The Tern Valley Youth Forum is a charity run by young people in Kelby. "
        "Youth forum secretary Lena Brook asked about bus fares."
    )
    assert ("Lena Brook", "Tern Valley Youth Forum") in pairs(seed, "MEMBER_OF")


def test_kind_words_ending_no_name_on_the_page_give_no_seat():
    seed = _read(
        "Kelby Museum opened its new gallery on Friday. "
        "Speakers were heritage society chair Ada Foss and museum director Jo Tern."
    )
    assert not [p for p in pairs(seed, "MEMBER_OF") if p[0] == "Ada Foss" and "Society" in p[1]]
