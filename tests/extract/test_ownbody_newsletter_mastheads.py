"""A newsletter's masthead under the title names the page's own body: "From the
Kelby Faith Forum newsletter, April 2031", or with raised dots between its parts
("Newsletter of the Fenby Residents' Association · Spring 2031 · Issue 31")."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from collabgraph.extract.masthead_lines import masthead_line
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("From the Kelby Faith Forum newsletter, April 2031", "Kelby Faith Forum"),
        ("From the Fenby Community Action e-bulletin, May 2031", "Fenby Community Action"),
        (
            "Newsletter of the Fenby Residents' Association · Spring 2031 · Issue 31",
            "Fenby Residents' Association",
        ),
    ],
)
def test_the_masthead_names_the_body(line, body):
    assert masthead_line(line, "News in brief")[0] == body


def test_a_section_heading_is_no_masthead():
    assert masthead_line("From the Chair", "News in brief") is None


def test_the_posts_named_alone_are_at_the_newsletters_body():
    text = (
        "Soup and a shared kitchen\n\n"
        "From the Kelby Faith Forum newsletter, April 2031\n\n"
        "More than 100 people came to the shared kitchen at Corve Hall this spring.\n\n"
        "Forum secretary Ada Foss thanked the cooks.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Ada Foss", "Kelby Faith Forum") in pairs(seed, "MEMBER_OF") | pairs(seed, "WORKS_FOR")
