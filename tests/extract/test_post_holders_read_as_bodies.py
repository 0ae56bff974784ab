"""A person the recogniser reads as a body, named right before a post in apposition
("Gemma Oakes, Food Strategy Lead at Kelby Health Trust, said") or before a body in
brackets ("Gemma Oakes (Westmoor Housing Trust)"): a name shaped like a person's that
opens with a given name holds that post, or works for that body.
Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts


def test_a_given_named_holder_read_as_a_body_holds_the_post_after_her_name():
    seed = extract_text("Gemma Oakes, Food Strategy Lead at KHT, said:\n", path="page.txt")
    assert ("Gemma Oakes", "WORKS_FOR", "KHT", "food strategy lead") in posts(seed)


def test_so_does_one_whose_post_is_held_at_a_council():
    seed = extract_text(
        "Imogen Stray, Active Travel Lead at Kelby Council, said it was good.\n",
        path="page.txt",
    )
    assert ("Imogen Stray", "WORKS_FOR", "Kelby Council", "active travel lead") in posts(seed)


def test_a_body_with_no_given_name_before_a_post_holds_none():
    seed = extract_text(
        "Marlow Foundation, Strategy Lead at Kelby Council, said it was good.\n",
        path="page.txt",
    )
    assert not {r for r in posts(seed) if r[0] == "Marlow Foundation"}


def test_a_given_named_holder_read_as_a_body_works_for_the_body_in_brackets():
    seed = extract_text(
        "The panel: Gemma Oakes (Westmoor Housing Trust) and Tom Lowe (Kelby Council).\n",
        path="page.txt",
    )
    assert ("Gemma Oakes", "WORKS_FOR", "Westmoor Housing Trust", "") in posts(seed)
    assert ("Tom Lowe", "WORKS_FOR", "Kelby Council", "") in posts(seed)


def test_so_does_one_in_a_line_of_names_with_their_posts_or_bodies():
    seed = extract_text(
        "Ann Marsh (Public Health Lead), Natalie Brisk (Kelby Healthcare NHS Trust), "
        "Sam Hale (Engagement Lead)\n",
        path="page.txt",
    )
    assert ("Natalie Brisk", "WORKS_FOR", "Kelby Healthcare NHS Trust", "") in posts(seed)


def test_a_bare_body_word_before_a_post_names_the_body_last_named_with_it():
    seed = extract_text(
        "Kelby Bay Foodbank and Westmoor Community Hospice worked with Citizens Advice.\n\n"
        '"We are pleased," says Tom Lowe, foodbank manager.\n\n'
        "Ann Marsh, hospice chief executive, said it was good.\n",
        path="page.txt",
    )
    assert ("Tom Lowe", "WORKS_FOR", "Kelby Bay Foodbank", "manager") in posts(seed)
    assert ("Ann Marsh", "WORKS_FOR", "Westmoor Community Hospice", "chief executive") in posts(
        seed
    )


def test_a_bare_word_that_names_a_field_names_no_body():
    seed = extract_text(
        "Kelby Housing worked with Citizens Advice.\n\n"
        "Tom Lowe, housing manager, said it was good.\n",
        path="page.txt",
    )
    assert not {r for r in posts(seed) if r[0] == "Tom Lowe" and r[2] == "Kelby Housing"}


def test_a_place_in_brackets_makes_no_holder_of_a_body_read_so():
    seed = extract_text(
        "Grants awarded this month:\n\nKelby Rotary (Dalby) £500\n", path="page.txt"
    )
    assert not {r for r in posts(seed) if r[0] == "Kelby Rotary"}
