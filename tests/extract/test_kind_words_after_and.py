"""Names cut in two at "and" though one kind word at the end names the whole:
"Kelby Lane Sports and Social Club" is one club ("Social Club" names nothing on
its own), while "Kelby Youth Service and Fenby Community Centre" stays two.
"""

from __future__ import annotations

import pytest

from tests.extract.reading import entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ada Brook visited Dalby Park Sports and Social Club on Monday.",
            "Dalby Park Sports and Social Club",
        ),
        (
            "The project, run with Kelby Youth Service and Fenby Road Sports and Community "
            "Centre, aims to help young people.",
            "Fenby Road Sports and Community Centre",
        ),
        (
            "Tom Reed opened the Fenby Lane Arts and Heritage Centre on Friday.",
            "Fenby Lane Arts and Heritage Centre",
        ),
    ],
)
def test_everyday_words_and_a_kind_word_after_and_join_one_name(text, name):
    names = {n for _, n in entities(text)}
    assert name in names
    cut = name.split(" and ")
    assert cut[0] not in names and cut[1] not in names


def test_a_proper_word_after_and_keeps_two_bodies():
    names = {n for _, n in entities("Kelby Youth Service and Fenby Community Centre ran the day.")}
    assert {"Kelby Youth Service", "Fenby Community Centre"} <= names


def test_a_participle_before_and_keeps_two_bodies():
    names = {n for _, n in entities("Tom Reed thanked Westshire Connected and Good Deeds Trust.")}
    assert not [n for n in names if " and " in n]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dalby Housing and Support will use the grant to create a hub.",
            "Dalby Housing and Support",
        ),
        (
            "Tom Reed from Westshire Sport and Leisure spoke at the launch.",
            "Westshire Sport and Leisure",
        ),
    ],
)
def test_a_last_field_after_and_ends_one_name(text, name):
    names = {n for _, n in entities(text)}
    assert name in names
    assert name.split(" and ")[0] not in names


def test_a_body_after_a_field_and_and_stays_apart():
    names = {n for _, n in entities("Tom Reed thanked Kelby Housing and Fenby Council.")}
    assert {"Kelby Housing", "Fenby Council"} <= names
