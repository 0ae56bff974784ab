"""A post that opens a paragraph's sentence, then "of the <body>" and its holder: "Chair of the
Trust Ada Brook said ...". The sentence's first word is capitalised whatever it
is, so the post is left out of the run of capitals; the body word and the
holder's name must still be read apart (issue 11: the body word was glued to the
name as one organisation); and a word of when the post is held before it
("Incoming Chair of Trustees Jane Doe") is no body. Made-up write-ups.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "person", "glued"),
    [
        (
            'Northtown Health Trust has a new director.\n\nChair of the Trust Ada Brook said: "I '
            'am delighted to welcome Tom to the Trust."',
            "Ada Brook",
            "Trust Ada Brook",
        ),
        (
            "Westshire Carers met on Monday.\n\nChair of the Board Ola Brisk welcomed members "
            "to the meeting.",
            "Ola Brisk",
            "Board Ola Brisk",
        ),
        (
            "Fenby Housing Association opened a hub.\n\nVice-Chair of the Association Sam Hale "
            "cut the ribbon.",
            "Sam Hale",
            "Association Sam Hale",
        ),
    ],
)
def test_the_holder_after_a_post_opening_the_sentence_is_a_person(text, person, glued):
    found = entities(text)
    assert ("Person", person) in found
    assert glued not in {name for _, name in found}


def test_a_body_named_after_a_person_after_an_opening_post_stays_whole():
    text = "Director of the Ada Brook Foundation Tom Reed opened the new centre."
    names = {name for _, name in entities(text)}
    assert "Ada Brook Foundation" in names


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        ("Outgoing Chair of Trustees Ada Brook thanked the volunteers.", "Outgoing", "Ada Brook"),
        (
            "Incoming Chief Executive Tom Reed joins Fenby Housing in May.",
            "Incoming",
            "Tom Reed",
        ),
        (
            "Departing Lord Mayor Ada Brook\n\nThe Mayor thanked volunteers.",
            "Departing",
            "Ada Brook",
        ),
    ],
)
def test_a_word_of_when_a_post_is_held_is_no_body(text, word, person):
    found = entities(text)
    assert ("Person", person) in found
    assert word not in {name for _, name in found}


def test_a_body_before_a_post_at_the_start_stays_a_body():
    found = entities("Westshire Council Leader Ada Brook opened the new library.")
    assert ("Organisation", "Westshire Council") in found
