"""Money given to someone, and what a grant pays for, read from the parse
(rules/grant_effects.py); a project described in quotes or named by the
recogniser as a person (mentions/context_votes.py, name_evidence.py).
Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, typed


def _funded(sentence: str) -> set[tuple[str, str]]:
    return pairs(extract_text("News\n\n" + sentence + "\n"), "FUNDED")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Heron Foundation has given the Quill Project a three-year grant.",
            {("Heron Foundation", "Quill Project")},
        ),
        (
            "The Heron Foundation awarded the Harbour Trust £5,000 last year.",
            {("Heron Foundation", "Harbour Trust")},
        ),
        (
            "The Lindley Foundation's £10,000 grant will allow the Harbour Trust to open on "
            "Sundays.",
            {("Lindley Foundation", "Harbour Trust")},
        ),
        (
            "A £2,000 donation from the Pelham Trust helped the Wren Centre buy a minibus.",
            {("Pelham Trust", "Wren Centre")},
        ),
        (
            "Funding from the Lindley Foundation and Kelby Council has enabled the Harbour "
            "Trust to hire two workers.",
            {("Lindley Foundation", "Harbour Trust"), ("Kelby Council", "Harbour Trust")},
        ),
        ("The Lindley Foundation will fund the Quill Project for another year.",
         {("Lindley Foundation", "Quill Project")}),
    ],
)  # fmt: skip
def test_a_giver_or_a_grant_that_pays_for_something_funded_it(sentence, expected):
    assert _funded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lindley Foundation gave evidence to the committee about the Harbour Trust.",
        "The Lindley Foundation's chief executive gave the Harbour Trust's volunteers a warm "
        "welcome.",
        "Jane Doe gave the Harbour Trust £500.",
        "The grant will help the Harbour Trust reach more families.",
    ],
)
def test_giving_no_money_or_money_from_no_named_body_is_no_funding(sentence):
    assert not _funded(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council unveiled 'Healthy Kelby', its new wellbeing programme, on Monday.",
        "Kelby Council has launched “Healthy Kelby”, a free service for older residents.",
    ],
)
def test_a_quoted_name_described_as_a_programme_is_a_project(sentence):
    assert typed("News\n\n" + sentence + "\n", "Healthy Kelby") == {"Project"}


def test_a_launched_scheme_the_recogniser_calls_a_person_is_a_project():
    text = (
        "News\n\nThe charity has launched Hope Connects, which links isolated residents "
        "with volunteers.\n\nHope Connects, a befriending scheme, runs in three towns.\n"
    )
    assert typed(text, "Hope Connects") == {"Project"}


def test_a_quoted_name_launched_to_do_a_programme_s_work_is_a_project():
    seed = extract_text(
        "News\n\nKelby Council has launched “Hello Neighbour”, which will match volunteers "
        "with older residents.\n"
    )
    assert typed_in(seed, "Hello Neighbour") == {"Project"}
    assert ("Kelby Council", "Hello Neighbour") in pairs(seed, "RUNS")


def test_a_quoted_report_title_stays_a_report():
    seed = extract_text(
        "News\n\nThe charity's new report, “Hello Neighbour”, calls for more support.\n"
    )
    assert typed_in(seed, "Hello Neighbour") == {"Report"}


def typed_in(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}
