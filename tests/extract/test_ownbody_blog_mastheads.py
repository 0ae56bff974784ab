"""A blog's masthead naming its writer and the writer's body between bars, a label
first ("Blog | Ada Foss, Director, Kelby Trust | 3 May 2031", "Blog | Kelby Trust |
3 May 2031 | Ada Foss and Jo Tern"): a byline, so the writers work at the body and
the page's "we" is that body."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import masthead_byline
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text + "\n", path="page.txt")


def test_a_writer_post_and_body_between_bars_is_a_byline():
    line = "Blog | Ada Foss, Director, Kelby Community Trust | 3 May 2031"
    assert masthead_byline(line) == (
        "Ada Foss, Director, Kelby Community Trust",
        "3 May 2031",
        None,
    )


def test_a_body_then_its_writers_is_a_byline():
    line = "Blog | Kelby Community Trust | 3 May 2031 | Ada Foss and Jo Tern"
    assert masthead_byline(line) == (
        "Ada Foss and Jo Tern, Kelby Community Trust",
        "3 May 2031",
        None,
    )


def test_a_body_alone_or_a_date_alone_is_no_byline():
    assert masthead_byline("News | Kelby Community Trust | 3 May 2031") is None
    assert masthead_byline("News | 3 May 2031") is None
    assert masthead_byline("Kelby | Ada Foss, Director, Fenby Trust") is None  # no label


def test_the_blog_writers_body_is_the_page_body():
    seed = _seed(
        "What we learned from our first food summit\n\n"
        "Blog | Ada Foss, Director, Kelby Community Trust | 3 May 2031\n\n"
        "Last week we brought forty growers together at Fenby Hall. "
        "Our network has teamed up with Fenby Housing Group on a new garden scheme, "
        "and we hope more will follow.\n"
    )
    assert ("Ada Foss", "Kelby Community Trust") in pairs(seed, "WORKS_FOR")
    assert ("Kelby Community Trust", "Fenby Housing Group") in pairs(seed, "COLLABORATES_WITH")


def test_writers_after_the_body_work_there():
    seed = _seed(
        "Our first listening week\n\n"
        "Blog | Kelby Community Trust | 3 May 2031 | Ada Foss and Jo Tern\n\n"
        "Last week was our first listening week, and we are still taking it in.\n"
    )
    found = pairs(seed, "WORKS_FOR")
    assert {("Ada Foss", "Kelby Community Trust"), ("Jo Tern", "Kelby Community Trust")} <= found


def test_a_masthead_with_a_charity_note_or_where_it_ran_names_the_body():
    from collabgraph.extract.masthead_lines import masthead_line

    assert masthead_line("Fenby Riding Group (a registered charity)") == ("Fenby Riding Group", "")
    line = "Fenby Primary Care Network | Published in the Kelby Health Bulletin, May 2031"
    assert masthead_line(line) == ("Fenby Primary Care Network", "May 2031")
    line = "The newsletter of Kelby Community Action — Spring 2031"
    assert masthead_line(line) == ("Kelby Community Action", "Spring 2031")
    assert masthead_line("Kelby Safer Streets Board, March 2031") is None  # a meeting's record


def test_their_post_is_the_named_body_not_the_page_body():
    seed = _seed(
        "Treasurer's notes for the year\n"
        "Fenby Riding Group (a registered charity)\n\n"
        "We ended the year with a small surplus. The Kelby Riding Association awarded us "
        "£5,000 for new fencing, and my thanks go to their area officer, Jo Tern, for her help.\n"
    )
    found = pairs(seed, "WORKS_FOR")
    assert ("Jo Tern", "Fenby Riding Group") not in found
    assert ("Kelby Riding Association", "Fenby Riding Group") in pairs(seed, "FUNDED")
