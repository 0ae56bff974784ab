"""Names the rules have never seen, typed by how they are built: clubs named for
their members ("Kelby Anglers"), numbered units ("2nd Orton Cubs"), forums named
for whom they gather ("Fenby Residents Forum"), races ("Marlow Colour Run"), and
people whose given name the tagger reads as a word ("Piers Tallow"). All names are
made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import entities, typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marsh End Growers will sell seedlings at the spring market.", "Marsh End Growers"),
        ("Thanks go to Kelby Anglers for clearing the weir.", "Kelby Anglers"),
        ("The path was mapped by Fenby Ramblers over the winter.", "Fenby Ramblers"),
        ("Orton Community Singers gave a carol concert on Friday.", "Orton Community Singers"),
        ("Members of Dalby Wheelers rode 100 miles for the hospice.", "Dalby Wheelers"),
        ("Tickets are sold by Marlow Amateur Players.", "Marlow Amateur Players"),
        ("Orton Age Concern opened a new drop-in on Tuesday.", "Orton Age Concern"),
    ],
)
def test_a_club_named_for_its_members_is_an_organisation(text, name):
    assert typed(text, name) == {"Organisation"}


def test_a_numbered_unit_keeps_its_ordinal():
    found = entities("Litter pickers from 2nd Orton Cubs joined the volunteers on Saturday.")
    assert ("Organisation", "2nd Orton Cubs") in found


def test_a_person_of_a_club_is_a_person_and_the_club_a_body():
    found = entities("Nell Farrow of Kelby Walkers said the stiles had been mended.")
    assert ("Person", "Nell Farrow") in found
    assert ("Organisation", "Kelby Walkers") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fenby Residents Forum met the housing officer on Monday. "
            "Its chair, Rae Lumb, asked for a repairs timetable.",
            "Fenby Residents Forum",
        ),
        ("Orton Parents Forum has written to every councillor.", "Orton Parents Forum"),
    ],
)
def test_a_forum_named_for_whom_it_gathers_is_a_body(text, name):
    assert typed(text, name) == {"Organisation"}


def test_a_forum_named_for_a_topic_can_still_be_an_event():
    page = (
        "Northfield Climate Forum 2031\n\n"
        "The Northfield Climate Forum took place on 3 May at the Corn Hall in Kelby.\n"
    )
    assert "Event" in typed(page, "Northfield Climate Forum 2031")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Marlow Colour Run starts at the leisure centre at ten.", "Marlow Colour Run"),
        ("Entries for the Dalby Fun Run close on Friday.", "Dalby Fun Run"),
    ],
)
def test_a_race_is_an_event_not_a_person(text, name):
    assert typed(text, name) == {"Event"}


def test_run_alone_is_no_event_word():
    found = entities("Dalby Trust will run the café on Sundays.")
    assert not any(t == "Event" for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Dalby Trust has a new caretaker. Piers Tallow, caretaker at the hall, said the roof"
        " would be mended.",
        "The roof will be mended by spring, said Piers Tallow.",
    ],
)
def test_a_given_name_that_is_also_a_word_opens_a_persons_name(text):
    assert typed(text, "Piers Tallow") == {"Person"}


def test_a_plural_noun_opening_a_sentence_is_no_given_name():
    found = entities("Rates at Fenby Almshouses will rise in April, the warden said.")
    assert not any(t == "Person" for t, _ in found)


def test_generic_groups_stay_generic():
    found = entities("Keynote Speakers will be announced next week by Dalby Trust.")
    assert ("Organisation", "Keynote Speakers") not in found


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Gardening project opens its gates", "Gardening"),
        ("Fostering service recruits new carers", "Fostering"),
    ],
)
def test_a_sentence_case_headline_opens_with_no_name(headline, word):
    found = entities(f"{headline}\n\nDalby Trust says the work starts in May.\n")
    assert not any(n == word for _, n in found)
    assert ("Organisation", "Dalby Trust") in found


def test_a_headline_opening_with_a_name_keeps_it():
    found = entities("Marsh End Growers win county prize\n\nThe club was founded in 1990.\n")
    assert ("Organisation", "Marsh End Growers") in found
