"""A list of funded schemes, each item naming its scheme and then, after ", where",
the body that runs it (rules/where_items.py, mentions/list_items.py), and an
unnamed project the sentence opens with ("A project led by Foo ...": not the
project in view). Made-up write-ups."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_PAGE = (
    "Kelby schemes to benefit from funding boost\n\n"
    "Kelby Council has approved dozens of schemes across the town.\n\n"
    "Schemes that have been given the go-ahead include:\n\n"
)


def _kinds(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("line", "body", "scheme"),
    [
        (
            "Skills for Dalby, where Dalby College will lead a partnership of local "
            "training providers to deliver retraining support to adults.",
            "Dalby College",
            "Skills for Dalby",
        ),
        (
            "Kelby Green Futures, where Fenby Homes will deliver a green infrastructure "
            "programme that will improve opportunities for wellbeing.",
            "Fenby Homes",
            "Kelby Green Futures",
        ),
        (
            "Digital Northtown, where the Foo Trust will run free computer classes in libraries.",
            "Foo Trust",
            "Digital Northtown",
        ),
    ],
)
def test_a_scheme_item_names_the_body_after_where_as_its_runner(line, body, scheme):
    seed = extract_text(_PAGE + "  • " + line + "\n")
    assert _kinds(seed, scheme) == {"Project"}
    assert (body, scheme) in pairs(seed, "RUNS")


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Kelby Library, where Fenby Trust will deliver computer classes for adults.",
         "Kelby Library"),
        ("Dalby Community Centre, where Kelby Council will run a lunch club.",
         "Dalby Community Centre"),
    ],
)  # fmt: skip
def test_a_venue_before_where_is_run_by_nobody(line, venue):
    seed = extract_text(_PAGE + "  • " + line + "\n")
    assert "Project" not in _kinds(seed, venue)
    assert not {to for _, to in pairs(seed, "RUNS")} & {venue}


def test_a_body_after_where_that_does_nothing_is_no_runner():
    seed = extract_text(
        _PAGE + "  • Kelby Rovers, where Jane Doe has coached young players for years.\n"
    )
    assert ("Jane Doe", "Kelby Rovers") not in pairs(seed, "RUNS")
    assert "Project" not in _kinds(seed, "Kelby Rovers")


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("A project led by the Fenby Gallery that will renovate the old mill.", "Fenby Gallery"),
        ("A scheme run by Dalby Homes will plant trees along the river.", "Dalby Homes"),
    ],
)
def test_a_project_an_item_opens_with_unnamed_is_not_the_one_in_view(opening, body):
    seed = extract_text(
        _PAGE
        + "  • Kelby Green Futures, where Fenby Homes will deliver a green programme.\n"
        + "  • "
        + opening
        + "\n"
    )
    assert (body, "Kelby Green Futures") not in pairs(seed, "RUNS")
    assert ("Fenby Homes", "Kelby Green Futures") in pairs(seed, "RUNS")
