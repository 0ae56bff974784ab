"""Programmes named as examples of a plural programme noun ("projects such as A"),
quoted names before a programme noun ("the ‘A’ service") and names read whole
across small words before "service" or "helpline" ("the Warmth through Winter
helpline"): typed Project (mentions/list_votes.py, mentions/around.py,
mentions/typed_names.py); a fund with its sum before it, the sum written as one word
("the £1million Foo Fund", mentions/programme_votes.py). Made up; no corpus names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs
from tests.extract.reading import types_of as typed


@pytest.mark.parametrize(
    ("sentence", "programmes"),
    [
        (
            "We shared how our partnership projects like Helping Kelby are boosting volunteering.",
            {"Helping Kelby"},
        ),
        (
            "Volunteers told us how schemes such as “Kelby Helps” changed their week.",
            {"Kelby Helps"},
        ),
        (
            "The fund backs local projects, including Green Lanes and Harrowdale Kites.",
            {"Green Lanes", "Harrowdale Kites"},
        ),
    ],
)
def test_names_given_as_examples_of_programmes_are_projects(sentence, programmes):
    found = typed(sentence)
    assert {name for name in programmes if found.get(name) == "Project"} == programmes


@pytest.mark.parametrize(
    ("sentence", "programmes"),
    [
        (
            "Guests heard of the supported programmes including a free Quit Drinking Service, "
            "Cook Well Made Simple and Green Prescribing Service.",
            {"Quit Drinking Service", "Cook Well Made Simple", "Green Prescribing Service"},
        ),
        (
            "Residents can join schemes such as the new Kelby Listening Service and Walk Fenby.",
            {"Kelby Listening Service", "Walk Fenby"},
        ),
    ],
)
def test_examples_of_programmes_described_before_the_first_are_projects(sentence, programmes):
    found = typed(sentence)
    assert {name for name in programmes if found.get(name) == "Project"} == programmes


def test_names_given_as_examples_of_bodies_stay_bodies():
    found = typed("The fund backs charities such as Harrowdale Kites and Green Lanes.")
    assert found.get("Harrowdale Kites") == "Organisation"
    assert found.get("Green Lanes") == "Organisation"


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("The now named ‘Road Life’ service will run across the Dales.", "Road Life"),
        ("Patients praised the “Tea and Talk” service in Harrowdale.", "Tea and Talk"),
    ],
)
def test_a_quoted_name_before_a_programme_noun_is_a_project(sentence, programme):
    assert typed(sentence).get(programme) == "Project"


def test_an_apostrophe_after_a_name_is_no_closing_quote():
    found = typed("Members of the Harrowdale Carers’ service met in the town hall.")
    assert found.get("Harrowdale Carers") != "Project"


def test_a_quoted_word_after_a_is_a_kind_of_service_not_a_name():
    found = typed("Speakers said the advice sector is a ‘Lifeboat’ service for the poorest.")
    assert found.get("Lifeboat") != "Project"


@pytest.mark.parametrize(
    ("sentence", "runner", "programme"),
    [
        (
            "Funds will help the charity’s Warmth through Winter helpline, run by Harrowdale "
            "Advice, reach more people.",
            "Harrowdale Advice",
            "Warmth through Winter",
        ),
        (
            "Harrowdale Trust runs the Road to Work service for young people.",
            "Harrowdale Trust",
            "Road to Work",
        ),
    ],
)
def test_a_service_named_across_small_words_is_one_project(sentence, runner, programme):
    seed = extract_text(sentence, path="page.txt")
    assert {(e["name"], e["type"]) for e in seed["entities"]} >= {(programme, "Project")}
    assert (runner, programme) in pairs(seed, "RUNS")


def test_a_body_named_before_service_across_for_stays_one_body():
    found = typed("Tenants praised the Harrowdale Council for Voluntary Service team.")
    assert found.get("Harrowdale Council for Voluntary Service") == "Organisation"


def test_two_services_joined_by_and_are_not_one_name():
    found = typed(
        "The team runs the Harrowdale Home Care Services and Young Carers service in the town."
    )
    assert "Harrowdale Home Care Services and Young Carers" not in found


@pytest.mark.parametrize("sum_", ["£1million", "£250k", "£1 million"])
def test_a_fund_with_its_sum_before_it_is_a_programme(sum_):
    found = typed(f"Groups can apply for funding from the {sum_} Harrowdale Green Fund this year.")
    assert found.get("Harrowdale Green Fund") == "Project"
