"""The runner of a project told in one sentence, its partners in another ("The
scheme is delivered in partnership with A"): the runner is A's partner
(extract/partner_runners.py); a thing "our" owns through a "for" phrase ("Our
course for young carers, delivered in partnership with A") is the page's body's
(rules/joint_runners.py). Fictional bodies, wordings of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _links(text: str) -> set[tuple[str, str, str]]:
    seed = extract_text(text + "\n")
    return {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


def _partners(links, a: str, b: str) -> bool:
    return (a, "PARTNER_OF", b) in links or (b, "PARTNER_OF", a) in links


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Trust wins grant\n\nKelby Trust has been awarded £8,000 to grow the "
        "Bright Start mentoring scheme, which it set up in 2022. The scheme is "
        "delivered in partnership with Fenby College and Orton Library.",
        "New cash for Bright Start\n\nThe Bright Start scheme is run by Kelby Trust "
        "for young people leaving care. Bright Start is delivered in partnership "
        "with Fenby College and Orton Library.",
    ],
)
def test_a_projects_runner_told_before_is_its_partners_partner(text):
    links = _links(text)
    assert _partners(links, "Kelby Trust", "Fenby College")
    assert _partners(links, "Kelby Trust", "Orton Library")


@pytest.mark.parametrize(
    "line",
    [
        "Our mentoring course for young carers, delivered in partnership with "
        "Fenby College and funded by the Ada Fund.",
        "Our youth leadership course for 16-18 year olds, run in partnership with Fenby College.",
    ],
)
def test_our_course_for_someone_in_partnership_is_the_pages_bodys(line):
    text = (
        "Kelby Trust\n\nAbout us\n\nKelby Trust supports families across Fenby.\n\n"
        "What we do\n\n" + line
    )
    assert _partners(_links(text), "Kelby Trust", "Fenby College")


def test_two_runners_of_the_project_leave_the_partner_unpaired():
    links = _links(
        "Bright Start grows\n\nKelby Trust and Orton Homes run the Bright Start "
        "mentoring scheme together. Amy Lund of Dunmore Council said the council "
        "would watch it closely. The scheme is delivered in partnership with "
        "Fenby College."
    )
    assert not _partners(links, "Dunmore Council", "Fenby College")


def test_their_course_for_someone_is_not_the_pages():
    links = _links(
        "Kelby Trust\n\nAbout us\n\nKelby Trust supports families across Fenby.\n\n"
        "Around town\n\nTheir course for young carers, run in partnership with "
        "Fenby College, starts in May."
    )
    assert not _partners(links, "Kelby Trust", "Fenby College")
