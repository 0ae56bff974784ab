"""A masthead line under a page's title names the body whose page it is: its "our"
is that body ("our AGM", "our chair"), alone or beside a label and a date; a
newspaper's name, a listing's first heading and a section heading are no masthead."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import masthead_line
from tests.extract.reading import pairs


def test_masthead_shapes():
    assert masthead_line("Kelby Village Hall Association") == ("Kelby Village Hall Association", "")
    assert masthead_line("Fenby Borough Council – news release, 11 March 2031") == (
        "Fenby Borough Council",
        "11 March 2031",
    )
    assert masthead_line("News | Ayton University | 4 December 2031") == (
        "Ayton University",
        "4 December 2031",
    )
    blog = masthead_line("Blog | Dunholt Foundation | May 2031")
    assert blog == ("Dunholt Foundation", "May 2031")
    assert masthead_line("News release from Orton District Council, 2 June 2031") == (
        "Orton District Council",
        "2 June 2031",
    )
    assert masthead_line("Kelby CVS – Our projects") == ("Kelby CVS", "")


def test_lines_that_are_no_masthead():
    assert masthead_line("Fenby Evening Gazette, 22 July 2031") is None  # a newspaper
    assert masthead_line("Repair Café") is None  # a listing's first heading
    assert masthead_line("From the Parish Council") is None  # a section heading
    assert masthead_line("Press release, 29 August 2031") is None  # no body named
    assert masthead_line("Meeting held on 9 October 2031 at Orton Community Centre") is None


def test_our_agm_under_a_masthead_is_the_bodys_meeting():
    seed = extract_text(
        "A record turnout for our 25th AGM\n"
        "Ayton Council for Voluntary Service - news, 3 November 2031\n\n"
        "Our Annual General Meeting on Tuesday 28 October filled the Ayton Guildhall. "
        "Chair of trustees Mira Castell welcomed members and guests.\n\n"
        "Chief Executive Jo Tern presented the annual report.\n"
    )
    assert ("Jo Tern", "Ayton Council for Voluntary Service") in pairs(seed, "WORKS_FOR")
    assert ("Mira Castell", "Ayton Council for Voluntary Service") in pairs(seed, "MEMBER_OF")
    organised = pairs(seed, "ORGANISED")
    assert any(src == "Ayton Council for Voluntary Service" for src, _ in organised)


def test_a_listing_heading_under_the_title_is_no_masthead():
    assert masthead_line("Kelby Community Centre", "What's on in Kelby this month") is None
    assert masthead_line("Kelby Community Centre", "Events diary: June 2031") is None
    assert masthead_line("Kelby Community Centre", "Centre reopens after refit") is not None
