"""Reports named by an apposition: a quoted title in sentence case followed by
", a [adjectives] <report noun>" ("published ‘Staying in touch’, a guide to ...",
"following ‘Later life and good work’, a review of ..."). Title-case checks alone
miss such titles. Fictional bodies; each test stands for a kind seen on pages of
several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _reports(seed: dict) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Report"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kelby Council and Fenby Trust have published \u2018Staying in touch\u2019, a guide "
            "to how councils and local groups can work together.",
            "Staying in touch",
        ),
        (
            "The fund was launched following \u2018Later life and good work\u2019, a review of "
            "community contributions in later life, conducted by the Dalby Centre.",
            "Later life and good work",
        ),
        (
            "Kelby Trust has shared \u201cLeft out in the cold\u201d, a new research report on "
            "fuel poverty in Northtown.",
            "Left out in the cold",
        ),
    ],
)
def test_a_quoted_title_in_sentence_case_called_a_report_by_an_apposition(text, title):
    assert title in _reports(extract_text(text, path="page.txt"))


def test_the_publishers_named_before_the_apposition_published_it():
    seed = extract_text(
        "Kelby Council and Fenby Trust have published \u2018Staying in touch\u2019, a guide "
        "to how councils and local groups can work together.",
        path="page.txt",
    )
    assert ("Kelby Council", "Staying in touch") in pairs(seed, "PUBLISHED")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brook told us \u2018We must act now\u2019, a view shared by many in Kelby.",
        "Tom Reed said it was \u2018a good day\u2019, a report writer for Fenby Trust added.",
    ],
)
def test_words_said_or_a_noun_that_heads_no_phrase_are_no_report(text):
    assert _reports(extract_text(text, path="page.txt")) == set()


@pytest.mark.parametrize(
    ("text", "owner", "report"),
    [
        (
            "Kelby Trust, one of the largest trusts in Dalby, has today announced four new "
            "trustees, following the release of its ambitious Twenty-Year Plan.",
            "Kelby Trust",
            "Twenty-Year Plan",
        ),
        (
            "The board welcomed Westshire Trust\u2019s long-awaited Kelby Review of care.",
            "Westshire Trust",
            "Kelby Review",
        ),
        (
            "The board welcomed Westshire Trust\u2019s updated Kelby Review of care.",
            "Westshire Trust",
            "Kelby Review",
        ),
    ],
)
def test_an_owners_report_with_describing_words_between(text, owner, report):
    """ "its ambitious Twenty-Year Plan", "Foo's long-awaited Bar Review": the owner
    published the report, whatever adjectives stand between."""
    assert (owner, report) in pairs(extract_text(text, path="page.txt"), "PUBLISHED")


def test_describing_words_are_not_passed_over_before_a_name_no_report_word_ends():
    seed = extract_text(
        "Many libraries use the Dalby Bank run by Fenby Foundation, and deliver their free "
        "Learn With Us digital platform.",
        path="page.txt",
    )
    assert pairs(seed, "PUBLISHED") == set()


@pytest.mark.parametrize(
    ("text", "publishers", "report"),
    [
        (
            "This follows \u2018Bridging the divide\u2019, a major report from the Northtown "
            "Alliance and the Westshire College of Nurses, endorsed by 50 groups.",
            {"Northtown Alliance", "Westshire College of Nurses"},
            "Bridging the divide",
        ),
        (
            "The Dalby Housing Strategy, a plan from Fenby Council, was welcomed.",
            {"Fenby Council"},
            "Dalby Housing Strategy",
        ),
    ],
)
def test_the_bodies_after_from_in_a_report_apposition_published_it(text, publishers, report):
    """ "X, a major report from A and B": A and B published X (each of them)."""
    published = pairs(extract_text(text, path="page.txt"), "PUBLISHED")
    assert {(p, report) for p in publishers} <= published
    assert {p for p, _ in published} == publishers


@pytest.mark.parametrize(
    ("text", "authors", "report"),
    [
        (
            "Kelby Trust shared \u2018Left out in the cold\u2019, a new report by Fenby "
            "University, at the event.",
            {"Fenby University"},
            "Left out in the cold",
        ),
        (
            "The webinar shares findings from Fair Deals, a six-month study by the Kelby "
            "Advice Network and Fenby University, paid for by the Dalby Trust.",
            {"Kelby Advice Network", "Fenby University"},
            "Fair Deals",
        ),
        (
            "Copies of \u2018Room to Grow\u2019, a long-awaited review by the Dalby Housing "
            "Forum, are free.",
            {"Dalby Housing Forum"},
            "Room to Grow",
        ),
    ],
)
def test_the_bodies_after_by_in_a_report_apposition_authored_it(text, authors, report):
    """ "X, a new report by A": A wrote X (GOLD.md: AUTHORED, the authors); "from"
    names who published it (above)."""
    seed = extract_text(text, path="page.txt")
    assert {(a, report) for a in authors} <= pairs(seed, "AUTHORED"), seed["relations"]
    assert not pairs(seed, "PUBLISHED")


def test_a_project_from_a_body_is_not_published():
    seed = extract_text(
        "The Dalby Fund, a research project from Fenby Council, was welcomed.", path="page.txt"
    )
    assert pairs(seed, "PUBLISHED") == set()


@pytest.mark.parametrize(
    ("text", "publisher", "report"),
    [
        (
            "Kelby Trust has released a new report, \u2018Homes for All: Ending the Wait\u2019.",
            "Kelby Trust",
            "Homes for All: Ending the Wait",
        ),
        (
            "The Dalby Food Strategy was released by Fenby Council in May.",
            "Fenby Council",
            "Dalby Food Strategy",
        ),
    ],
)
def test_a_report_released_by_a_body_is_published_by_it(text, publisher, report):
    assert (publisher, report) in pairs(extract_text(text, path="page.txt"), "PUBLISHED")


def test_funds_released_or_a_plaque_unveiled_publish_nothing():
    seed = extract_text(
        "Fenby Council released funds to Kelby Trust and unveiled a plaque at the Dalby Centre.",
        path="page.txt",
    )
    assert pairs(seed, "PUBLISHED") == set()


@pytest.mark.parametrize(
    ("text", "publishers", "report"),
    [
        (
            "Kelby Healthwatch and Fenby Carers Trust launched their joint report, Growing "
            "Older in Kelby, at a morning event.",
            {"Kelby Healthwatch", "Fenby Carers Trust"},
            "Growing Older in Kelby",
        ),
        (
            "Kelby Trust and Fenby Council have published their new strategy, Kelby Together 2030.",
            {"Kelby Trust", "Fenby Council"},
            "Kelby Together 2030",
        ),
    ],
)
def test_their_report_belongs_to_each_body_of_the_subject(text, publishers, report):
    """ "A and B launched their joint report, X": each of them published it."""
    published = pairs(extract_text(text, path="page.txt"), "PUBLISHED")
    assert {(p, report) for p in publishers} <= published


def test_thanking_bodies_for_their_report_is_not_their_subject():
    seed = extract_text(
        "Ada Foss thanked Kelby Trust and Fenby Council for their report, Open Doors.",
        path="page.txt",
    )
    assert ("Fenby Council", "Open Doors") not in pairs(seed, "PUBLISHED")


def test_a_bodys_progress_report_is_its_own():
    seed = extract_text(
        "Kelby Together Partnership news\n\nThe Kelby Together Partnership met on Monday.\n\n"
        "The partnership's first progress report, Anchored in Kelby, was published in March.\n",
        path="page.txt",
    )
    assert ("Kelby Together Partnership", "Anchored in Kelby") in pairs(seed, "PUBLISHED")
