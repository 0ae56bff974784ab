"""A post "of" a body whose bare name the recogniser read as a person's until then
("Jo Tern, chief executive of Active Kelby, said"): the body is the employer when the
page settles it as an organisation (`rules/employment._employer`), and nothing is
added when the name stays a person's."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = "\n".join(
    [
        "NEWS RELEASE",
        "",
        "Active Kelby and Fenby clubs link up to get older adults moving",
        "",
        "Active Kelby, the county's Active Partnership, has teamed up with the Fenby"
        " Sports Club Network to launch Stepping Out, a two-year programme for adults over 55.",
        "",
        'Jo Tern, chief executive of Active Kelby, said: "Clubs are often the best-kept'
        ' secret in a town."',
        "",
        "Notes to editors",
        "",
        "1. Active Kelby is one of the national network of Active Partnerships and works"
        " with clubs across the county.",
        "2. Media enquiries: Ada Foss, Communications Officer, Active Kelby.",
        "",
    ]
)


def test_post_of_a_body_first_read_as_a_person():
    assert ("Jo Tern", "Active Kelby") in pairs(extract_text(_PAGE), "WORKS_FOR")


def test_no_post_of_a_person():
    text = (
        "Dr Ada Foss opened the new wing. Jo Tern, assistant director of Ada Foss,"
        " said it was overdue.\n"
    )
    assert not pairs(extract_text(text), "WORKS_FOR")
