"""A post in capitals in brackets after a person, which the role finder does not
read whole ("Jane Doe (Public Health Theme Lead)"): a post at the page's own
organisation, as a caption's "(Chairman)" is."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import posts

_PAGE = (
    "Kelby Health Alliance summit\n\n"
    "Kelby Health Alliance held its first public health summit in Kelby on 4 May. "
    "The Kelby Health Alliance brings together researchers and the NHS.\n\n"
    "The day started with talks from {line}."
)


def test_a_post_in_capitals_in_brackets_is_at_the_pages_body():
    line = "Alice Grey (Research Theme Lead), Paula Hart (Fenby Hospital NHS Trust)"
    rows = posts(extract_text(_PAGE.format(line=line), path="page.txt"))
    assert ("Alice Grey", "WORKS_FOR", "Kelby Health Alliance", "research theme lead") in rows
    assert ("Paula Hart", "WORKS_FOR", "Fenby Hospital NHS Trust", "") in rows


def test_a_long_post_joined_by_and_in_brackets_is_read_whole():
    line = "Omar Sted (Patient and Public Involvement and Engagement Lead)"
    rows = posts(extract_text(_PAGE.format(line=line), path="page.txt"))
    role = "patient and public involvement and engagement lead"
    assert ("Omar Sted", "WORKS_FOR", "Kelby Health Alliance", role) in rows


def test_a_name_in_brackets_after_a_person_is_no_post():
    line = "Alice Grey (Dalby Voices Choir)"
    rows = posts(extract_text(_PAGE.format(line=line), path="page.txt"))
    assert not any(w == "Alice Grey" and t == "Kelby Health Alliance" for w, _, t, _ in rows)


def test_a_post_in_brackets_after_another_persons_body_is_not_that_bodys():
    line = "Paula Hart (Fenby Hospital NHS Trust), Omar Sted (Patient Involvement Lead)"
    rows = posts(extract_text(_PAGE.format(line=line), path="page.txt"))
    assert not any(w == "Omar Sted" and t == "Fenby Hospital NHS Trust" for w, _, t, _ in rows)
