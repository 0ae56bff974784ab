"""A language or a nationality word alone names no place nor body: "interviews in
Dari and Tigrinya", "a session in Polish" (vocab/language_words.txt)."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_languages_of_interviews_are_no_places():
    text = (
        "Kelby Women's Voice carried out 30 interviews in Arabic, Dari, Tigrinya and "
        "Kurdish with women living in Fenby.\n"
    )
    names = {name for _, name in entities(text)}
    assert not names & {"Arabic", "Dari", "Tigrinya", "Kurdish"}
    assert ("Place", "Fenby") in entities(text)


def test_session_in_a_nationality_word_is_no_place():
    text = "Fenby Library ran a drop-in session in Polish and Urdu for new arrivals.\n"
    names = {name for _, name in entities(text)}
    assert "Polish" not in names and "Urdu" not in names


def test_club_named_for_a_people_is_not_located_in_its_language():
    text = (
        "The Kelby Polish Club meets every Friday in Fenby. Members chat in Polish "
        "and English over coffee.\n"
    )
    assert not {where for _, where in located(text)} & {"Polish", "English"}
