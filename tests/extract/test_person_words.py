"""Which capitalised names are people's: the words a person's name is made of.
Made-up write-ups; each test stands for a kind of fault seen on pages (phase 10):
the recogniser calls everyday phrases people and glues words to real names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.mentions.common_words import is_common_word, ordinary_words
from tests.extract.reading import entities, pairs, typed

# ------------------------------------------------------------------ everyday words


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            "Volunteers turn up at weekends for our Raffles, Cake Mornings and Book Swaps.",
            {"Cake Mornings", "Book Swaps"},
        ),
        (
            "Children will enjoy Messy Play, Story Time and Garden Games at the open day, run "
            "by Kelby Trust.",
            {"Messy Play", "Story Time", "Garden Games"},
        ),
    ],
)
def test_a_phrase_of_everyday_words_is_no_person(text, phrases):
    """No given name and only words any English text is full of: not a person's
    name, whatever the recogniser said of it."""
    people = {n for t, n in entities(text) if t == "Person"}
    assert not people & phrases


@pytest.mark.parametrize("partner", ["Helping Hands", "Caring Yorkshire"])
def test_a_partner_named_with_everyday_words_is_an_organisation(partner):
    """A name that is no person's and is said to work in partnership is a body,
    and the partnership is kept between the two bodies."""
    text = (
        f"Harbour Trust and {partner} worked in partnership to look at whether services "
        "met the needs of families."
    )
    assert typed(text, partner) == {"Organisation"}
    seed = extract_text(text, path="page.txt")
    assert pairs(seed, "PARTNER_OF") == {("Harbour Trust", partner)}


@pytest.mark.parametrize(
    "text",
    [
        "Speakers included Oyelaran Brown, chair of Harbour Trust.",
        "The keynote came from Adaeze Nwosu, who leads Harbour Trust.",
    ],
)
def test_a_person_whose_given_name_the_list_lacks_is_kept(text):
    """A rare word in the name (a given name or surname few English texts use)
    keeps it a person's."""
    assert {"Oyelaran Brown", "Adaeze Nwosu"} & {n for t, n in entities(text) if t == "Person"}


def test_common_words_are_read_from_word_counts():
    assert is_common_word("Nights") and is_common_word("palaces")
    assert not is_common_word("Oyelaran")
    assert ordinary_words(["Quiz", "Nights"])
    assert not ordinary_words(["Quiz"])  # a surname alone may be a word
    assert not ordinary_words(["Grace", "Hall"])  # a given name
    assert not ordinary_words(["Dev", "Kumar"])  # names, as common in other languages


# ------------------------------------------------------------------ where a name starts


def test_a_post_and_a_place_before_a_name_are_not_part_of_it():
    """'MP for <place> <name> said': the post and its seat stand before the name."""
    text = (
        "Officially opening the building, MP for Hexham North-west Ewan Marsh said: "
        '"The members will remember the old hall."'
    )
    assert {n for t, n in entities(text) if t == "Person"} == {"Ewan Marsh"}


def test_the_end_of_a_portfolio_before_a_name_is_not_part_of_it():
    """A given name the list lacks, then one it knows: the everyday words before
    them end the minister's portfolio."""
    text = 'Minister for Carers and Early Years Zuri Todd said: "The sector has a part to play."'
    assert "Zuri Todd" in {n for t, n in entities(text) if t == "Person"}


def test_a_body_named_after_a_person_keeps_its_name():
    text = "Thanks to the Friends of Amy Lark and the Western Red Lion for the raffle prizes."
    people = {n for t, n in entities(text) if t == "Person"}
    assert "Red Lion" not in people


# ------------------------------------------------------------------ a person, not a hall


def test_a_full_name_the_page_shortens_to_a_given_name_is_a_persons():
    """'Dana Hall ... Dana said': the page writes the given name alone for a
    person, so the name it began is that person's, though it ends in "Hall"."""
    text = (
        "Dana Hall CBE, the former chief executive of Kelby Council, has been appointed "
        "chair of Kelby Trust.\n\nDana, who retired last month, will take up the post in "
        'April. Dana said: "I am delighted."'
    )
    assert typed(text, "Dana Hall") == {"Person"}


def test_a_hall_the_page_holds_events_in_stays_a_place():
    text = (
        "The concert will be held at Victoria Hall in Kelby. Victoria said tickets were "
        "selling fast, and Victoria Hall will open at six."
    )
    assert "Person" not in typed(text, "Victoria Hall")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Westshire Trust’s Chief Executive, Sally-Anne Fairfield, told the story.",
         "Sally-Anne Fairfield"),
        ("Jean-Paul Woodhouse spoke at the summit.", "Jean-Paul Woodhouse"),
    ],
)  # fmt: skip
def test_a_given_name_joined_by_a_hyphen_opens_a_persons_name(text, person):
    assert ("Person", person) in entities(text)
