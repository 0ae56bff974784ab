"""Posts said with "our" or "its" (`rules/our_posts.py`): "Jane Doe, our kitchen
coordinator" (a post at the page's own body, its field's words before it), "Foo
Trust ... and its head of digital, Jane Doe" (a post at the body named before "its"), "Our
Village Halls Adviser, Jane Doe" (a post before its holder, at the page's own body)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "Marsh Lane Trust opens a hub\n\nMarsh Lane Trust has opened a new hub in Orton this week. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The hub is run by Ada Foss, our kitchen coordinator, with twenty volunteers.",
        "To book a place, call Ada Foss, our training and events officer.",
        "Ada Foss, our new outreach worker, starts in May.",
        "Ada Foss, our youth engagement lead, showed the mayor round.",
    ],
)
def test_our_post_with_field_words_is_at_the_pages_body(sentence):
    assert ("Ada Foss", "Marsh Lane Trust") in pairs(extract_text(_PAGE + sentence), "WORKS_FOR")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Foss, a kitchen coordinator, showed the mayor round.",  # no "our"
        "Ada Foss, their kitchen coordinator, showed the mayor round.",
        "Ada Foss, our guest speaker, showed the mayor round.",  # no post
        "Ada Foss, our partner in the kitchen project, showed the mayor round.",
    ],
)
def test_no_post_without_our_and_a_post(sentence):
    assert ("Ada Foss", "Marsh Lane Trust") not in pairs(
        extract_text(_PAGE + sentence), "WORKS_FOR"
    )


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("The scheme is delivered by Kelby Mind and managed by its project lead, Jo Tern.",
         "Kelby Mind"),
        ("Kelby Mind lent us its van, and its head of digital, Jo Tern, drove it.", "Kelby Mind"),
        ("Fenby Housing has moved, and its new chief executive, Jo Tern, cut the ribbon.",
         "Fenby Housing"),
    ],
)  # fmt: skip
def test_its_post_is_at_the_body_named_before(sentence, org):
    got = pairs(extract_text(_PAGE + sentence), "WORKS_FOR")
    assert ("Jo Tern", org) in got
    assert ("Jo Tern", "Marsh Lane Trust") not in got


def test_its_post_before_a_list_of_people_is_no_post():
    text = _PAGE + "Kelby Mind lent us a van, and its volunteers, Jo Tern and Al Foss, drove it."
    got = pairs(extract_text(text), "WORKS_FOR")
    assert ("Jo Tern", "Kelby Mind") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The board has appointed two new trustees: Dr Jo Tern, a retired GP, and Al Foss, "
        "a local solicitor.",
        "Our trustees have co-opted two new board members: Jo Tern, finance manager at Orton "
        "Credit Union, and Al Foss, a solicitor with Fenby Law.",
    ],
)
def test_counted_new_seats_listed_with_their_own_posts(sentence):
    got = pairs(extract_text(_PAGE + sentence), "MEMBER_OF")
    assert ("Jo Tern", "Marsh Lane Trust") in got
    assert ("Al Foss", "Marsh Lane Trust") in got


def test_own_post_after_a_seat_not_counted_is_no_seat():
    # no count, no colon: the post after the name is the person's own, not a seat's list
    text = _PAGE + "The retiring trustees, Jo Tern, chief executive of Orton Homes, said goodbye."
    assert ("Jo Tern", "Marsh Lane Trust") not in pairs(extract_text(text), "MEMBER_OF")


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("She was previously a benefits caseworker at Orton Law Centre.", "Orton Law Centre"),
        ("Ada was formerly a youth worker with the Orton Boys' Club.", "Orton Boys' Club"),
    ],
)
def test_a_post_held_before_is_at_the_body_named_after_it(sentence, org):
    text = "Marsh Lane Trust appoints Ada Foss\n\nMarsh Lane Trust has appointed Ada Foss as its "
    text += "new manager. " + sentence
    assert ("Ada Foss", org) in pairs(extract_text(text), "WORKS_FOR")


def test_a_thing_that_was_previously_something_is_no_post():
    text = "Marsh Lane Trust appoints Ada Foss\n\nMarsh Lane Trust has appointed Ada Foss as its "
    text += "new manager. The hall was previously a cinema for Orton Council."
    assert ("Ada Foss", "Orton Council") not in pairs(extract_text(text), "WORKS_FOR")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our outreach coordinator, Ada Foss, knocked on three hundred doors.",
        "Thanks to our Village Halls Adviser, Ada Foss, for her visits.",
        "Our development worker, Ada Foss, joined in May to manage the festival.",
        "Finally, thank you to our manager Ada Foss, who never stops.",
        "Our producer, Ada Foss, joined in May to film the festival.",  # a trade said "our"
    ],
)
def test_our_post_before_the_name_is_at_the_pages_body(sentence):
    assert ("Ada Foss", "Marsh Lane Trust") in pairs(extract_text(_PAGE + sentence), "WORKS_FOR")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our former coordinator, Ada Foss, left in May.",  # a post gone
        "The fair was opened by our district councillor, Cllr Ada Foss.",  # a council's seat
        "Our partners, Ada Foss and her choir, sang at the opening.",  # no post
        "Our oral history volunteer, Ada Foss, has done ten interviews.",  # no post
        "The survey was done by our member Ada Foss and two pupils.",  # a seat
        "By our community reporter, Ada Foss",
    ],
)
def test_our_post_before_the_name_not_held_at_the_pages_body(sentence):
    got = pairs(extract_text(_PAGE + sentence), "WORKS_FOR")
    assert ("Ada Foss", "Marsh Lane Trust") not in got


def test_our_staff_post_on_a_funders_page_is_the_funders():
    text = (
        "Fenby Fund backs Orton Choir\n\nThe Fenby Fund has given a grant of £5,000 to Orton "
        "Choir for a new season. Our grants officer, Ada Foss, visited the choir in May."
    )
    got = pairs(extract_text(text), "WORKS_FOR")
    assert ("Ada Foss", "Fenby Fund") in got
    assert ("Ada Foss", "Orton Choir") not in got
