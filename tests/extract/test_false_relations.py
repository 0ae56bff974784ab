"""Relations the extractor should not give: a post placed at a body the page only
names in passing, an occasion made of a sentence that tells none, a founder's post.
Made-up pages; each near-miss beside what must still be read."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts as _posts


def test_a_bare_post_is_not_at_a_body_an_earlier_sentence_names_in_passing():
    seed = extract_text(
        "Choir wins county shield\n\n"
        "Ashby Community Singers took the top prize at the Westmere Music Festival. "
        "The choir, run by Penhale Arts Centre, sang three new pieces. "
        "Conductor Mina Solberg said the members had practised all winter.\n"
    )
    posts = _posts(seed)
    assert not any(w == "Mina Solberg" and o == "Penhale Arts Centre" for w, _, o, _ in posts)


def test_a_title_before_a_name_is_not_at_the_charity_a_race_raises_money_for():
    seed = extract_text(
        "Entries open for the Dunholt 10k\n\n"
        "Entries are now open for the 2027 Dunholt 10k. "
        "The race raises money for Dunholt Hospice. "
        "Race director Pavel Otieno said the route would be changed this year.\n"
    )
    assert not any(w == "Pavel Otieno" for w, *_ in _posts(seed))


def test_a_post_is_still_at_the_body_the_sentence_before_is_about():
    seed = extract_text(
        "Tarnby Council has shared out grants to local groups.\n\n"
        "Brinkley Youth Club will spend its grant on a summer camp.\n\n"
        "Ola Brandt, youth worker, said: “The young people chose the trips.”\n"
    )
    assert ("Ola Brandt", "WORKS_FOR", "Brinkley Youth Club", "youth worker") in _posts(seed)
