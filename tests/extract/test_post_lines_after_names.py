"""A name alone on a line, then a line that gives the post: a sign-off, a
speaker's card or a caption. The post line may name its body ("Chief
Executive, Foo Trust", "Foo Trust's Head of Policy") or give the post's
field after a comma ("Director, Housing and Care Programme"): a post at the
page's own body."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize(
    "line",
    [
        "Chief Executive, Dalby Housing Trust",
        "Chief Executive at Dalby Housing Trust",
        "Dalby Housing Trust's Chief Executive",
        "Dalby Housing Trust’s Chief Executive at the Fenby Summit 2031",
    ],
)
def test_a_post_line_naming_its_body_places_the_post_there(line):
    seed = extract_text(
        "Kelby Homes news\n\n"
        "Kelby Homes held its tenants' summit in Kelby on Friday.\n\n"
        "Amy Dorran\n\n"
        f"{line}\n\n"
        "Tenants heard about the new repairs service.",
        path="page.txt",
    )
    assert ("Amy Dorran", "WORKS_FOR", "Dalby Housing Trust", "chief executive") in posts(seed)


def test_a_post_line_with_its_field_after_a_comma_is_a_post_at_the_pages_body():
    seed = extract_text(
        "Kelby Homes bulletin\n\n"
        "Kelby Homes has written to every tenant about the new repairs service, "
        "and Kelby Homes staff will visit each estate.\n\n"
        "Omar Pell\n\n"
        "Director, Health and Wellbeing Improvement Programme",
        path="https://www.kelbyhomes.org.uk/news/repairs",
    )
    rows = posts(seed)
    assert any(w == "Omar Pell" and t == "Kelby Homes" and r == "director" for w, _, t, r in rows)


def test_a_line_after_a_name_that_is_a_sentence_gives_no_post():
    seed = extract_text(
        "Kelby Homes news\n\n"
        "Amy Dorran\n\n"
        "Chief executives from Dalby Housing Trust met tenants on Friday.",
        path="page.txt",
    )
    assert not any(w == "Amy Dorran" for w, *_ in posts(seed))


def test_a_post_line_in_capitals_the_role_finder_leaves_is_read_whole():
    seed = extract_text(
        "Kelby Homes news\n\n"
        "Kelby Homes held its tenants' summit in Kelby on Friday.\n\n"
        "Amy Dorran\n\n"
        "Dalby Housing Trust's Senior Tenancy and Quality Improvement Lead at the summit\n\n"
        "Tenants heard about the new repairs service.",
        path="page.txt",
    )
    role = "senior tenancy and quality improvement lead"
    assert ("Amy Dorran", "WORKS_FOR", "Dalby Housing Trust", role) in posts(seed)


def test_a_signature_naming_a_programme_is_a_post_at_the_pages_body_too():
    seed = extract_text(
        "Kelby Homes bulletin: April 2031\n\n"
        "Kelby Homes has written to every tenant about the repairs service.\n\n"
        "Yours,\n\n"
        "Omar Pell\n"
        "Director, Tenancy Support Improvement Programme\n\n"
        "Kelby Homes staff will visit each estate.",
        path="https://www.kelbyhomes.org.uk/news/repairs",
    )
    rows = posts(seed)
    assert ("Omar Pell", "WORKS_FOR", "Kelby Homes", "director") in rows
