"""A blog's masthead line under its title, "Blog | Jo Tern, Policy Lead, Fenby Trust
| 3 May 2031": the person's part is the page's byline (`self_intros.labelled_byline`),
so the writer works for the body named last and the page's "we" is that body. All
names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.self_intros import labelled_byline
from tests.extract.reading import pairs, with_roles

_BODY = (
    "Last month we ran our first Open Street Week with Orrin Housing Trust, and the "
    "Kelby Foundation paid for the food.\n\n"
    "We ran the Open Street Week in partnership with Orrin Housing Trust, whose tenants "
    "make up a third of the town.\n"
)


def _seed(masthead: str) -> dict:
    text = f"What we learned at Open Street Week\n\n{masthead}\n\n{_BODY}"
    return extract_text(text, path="page.txt")


def test_the_writer_works_for_the_body_the_masthead_names():
    seed = _seed("Blog | Hester Quill, Programme Manager, Fenby Civic Lab | 3 March 2031")
    assert ("Hester Quill", "Fenby Civic Lab", "Programme Manager") in with_roles(seed, "WORKS_FOR")


def test_a_style_and_a_hyphened_post_are_read():
    seed = _seed("Blog | Dr Hester Quill, Pro-Vice-Chancellor for Civic Life, University of Fenby")
    assert any(
        who == "Hester Quill" and body == "University of Fenby"
        for who, body, _ in with_roles(seed, "WORKS_FOR")
    )


def test_the_page_speaks_for_the_writers_body():
    seed = _seed("Blog | Hester Quill, Programme Manager, Fenby Civic Lab | 3 March 2031")
    assert ("Fenby Civic Lab", "Open Street Week") in pairs(seed, "ORGANISED")


def test_a_masthead_with_no_person_is_no_byline():
    assert labelled_byline("Blog | Fenby Civic Lab | 3 March 2031") is None
    assert labelled_byline("News | Kelby Trust, Fenby Trust, Orrin Trust | 3 March 2031") is None
