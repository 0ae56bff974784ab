"""People at events, read from who is shown or said to be doing something at the
page's event: the bodies whose people ("volunteers from", "engineers from") were
a clause's subject or agent, and the people a photo caption names; near misses
that must give no tie (people done to, a photographer's credit, a project)."""

from __future__ import annotations

import pytest

from tests.extract.reading import at_summit


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("Engineers from Dunlow Partners LLP answered questions about the new flats.",
         {"Dunlow Partners LLP"}),
        ("Volunteers from Kelby Scouts and Orby Rotary Club ran the tombola all afternoon.",
         {"Kelby Scouts", "Orby Rotary Club"}),
        ("Stretching sessions were led by instructors from Fenby Leisure Trust.",
         {"Fenby Leisure Trust"}),
        ("Walking beside the tenants were staff from Marlow Housing Association.",
         {"Marlow Housing Association"}),
        ("Tea was brewed by volunteers from the church's lunch club and from Kelby Rotary Club.",
         {"Kelby Rotary Club"}),
    ],
)  # fmt: skip
def test_bodies_whose_people_did_something_at_the_event(sentence, bodies):
    assert {who for who, _ in at_summit(sentence)} >= bodies  # "answered": as speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The new grants scheme supports pupils from Kelby Primary School.",
        "Fenby Council thanked nobody, and the report praised students from Orby College.",
        "Volunteers from Kelby Scouts run the Orby Food Project every week.",
        "Volunteers from Kelby Scouts hosted the evening.",
        "Students from Orby College spent a term preparing the exhibition.",
    ],
)
def test_people_from_a_body_not_acting_at_the_event_are_no_participants(sentence):
    named = {"Kelby Primary School", "Orby College", "Kelby Scouts"}
    assert not {who for who, role in at_summit(sentence) if role == "participant"} & named


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("[Photo: Volunteers Ada Foss and Jo Tern at the raffle table]", {"Ada Foss", "Jo Tern"}),
        ("[Caption: Our treasurer, Ben Ruskin, with the cake stall]", {"Ben Ruskin"}),
        ("Photo caption: Cllr Dana Lowe and Jo Tern beside the bric-a-brac stall.",
         {"Dana Lowe", "Jo Tern"}),
    ],
)  # fmt: skip
def test_people_a_photo_caption_names_took_part(line, people):
    assert {who for who, role in at_summit(line) if role == "participant"} >= people


def test_a_compere_in_a_caption_chaired_the_event():
    # a person who compered is written with the table's word "chair"
    # (vocab/participation_role_words_people.txt)
    line = "[Photo] Compere for the day, Ada Foss, kept everyone on time."
    assert ("Ada Foss", "chair") in at_summit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Picture: Ada Foss",
        "[Photo: The main hall before the doors opened. Photo: Jo Tern]",
        "Ada Foss took this photo of the hall.",
    ],
)
def test_a_photographer_or_no_caption_gives_no_tie(line):
    assert not {who for who, _ in at_summit(line)} & {"Ada Foss", "Jo Tern"}


def test_an_organiser_in_a_caption_made_the_event_and_is_no_participant():
    shown = at_summit("[Photo: Ada Foss (left) with summit organiser Jo Tern at the welcome desk]")
    assert shown == {("Ada Foss", "participant")}
