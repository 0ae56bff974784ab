"""Partnership wordings: things "co-delivered" or "co-run" by two bodies, one body
"jointly running" a thing "with" others, "The partners, A and B, ...", bodies
"working alongside" each other (collaborators, not said to be partners),
"alongside partners A and B" after what the sentence's subject made, a headline's
"A and B team up", "a collaborative project between A and B", and "Foo partnered
with A for its Bar project". All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import news_item, pairs

_A, _B, _C = "Dorley Housing Trust", "Kestrel Arts Collective", "Ormside Carers Network"


def _undirected(seed: dict, kind: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(seed, kind)}


@pytest.mark.parametrize(
    "sentence",
    [
        f"The Reading Rooms course, co-delivered by {_A} and {_B}, starts again in June.",
        f"The Reading Rooms scheme is co-run by {_A} and the {_B}.",
    ],
)
def test_a_thing_co_delivered_by_two_bodies_is_run_by_both_who_are_partners(sentence):
    seed = news_item(sentence)
    assert frozenset({_A, _B}) in _undirected(seed, "PARTNER_OF")
    assert {(_A, "Reading Rooms"), (_B, "Reading Rooms")} <= pairs(seed, "RUNS")


def test_a_thing_co_written_by_two_bodies_is_still_not_run_by_them():
    seed = news_item(f"The Reading Rooms guide was co-written by {_A} and {_B}.")
    assert not pairs(seed, "RUNS")
    assert not pairs(seed, "PARTNER_OF")


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} jointly runs the Elm Road Advice Point with {_B} and {_C}.",
        f"{_A} co-delivers the Elm Road Advice Point programme with {_B} and {_C}.",
    ],
)
def test_a_body_jointly_running_a_thing_with_others(sentence):
    seed = news_item(sentence)
    assert {frozenset({_A, _B}), frozenset({_A, _C})} <= _undirected(seed, "PARTNER_OF")
    assert {(_B, "Elm Road Advice Point"), (_C, "Elm Road Advice Point")} <= pairs(seed, "RUNS")


def test_running_a_thing_with_its_tenants_names_no_partner():
    seed = news_item(f"{_A} jointly runs the Elm Road Advice Point with its tenants.")
    assert not pairs(seed, "PARTNER_OF")
    assert pairs(seed, "RUNS") <= {(_A, "Elm Road Advice Point")}


def test_the_partners_set_off_at_the_start_of_a_sentence_are_each_others():
    text = (
        "Bike scheme grows\n\nThe Loop Wheels project will run in two towns. "
        f"The partners, {_A} and {_B}, will train the volunteers.\n"
    )
    seed = extract_text(text)
    assert frozenset({_A, _B}) in _undirected(seed, "PARTNER_OF")


def test_partners_named_after_a_verb_are_not_paired_with_each_other():
    text = (
        "Bike scheme grows\n\nThe Loop Wheels project will run in two towns. "
        f"The partners are {_A} and {_B}.\n"
    )
    seed = extract_text(text)
    assert frozenset({_A, _B}) not in _undirected(seed, "PARTNER_OF")


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} will be working alongside {_B} to redesign the repairs service.",
        f"{_A} has worked closely alongside {_B} for ten years.",
    ],
)
def test_working_alongside_is_collaboration_not_partnership(sentence):
    seed = news_item(sentence)
    assert frozenset({_A, _B}) in _undirected(seed, "COLLABORATES_WITH")
    assert frozenset({_A, _B}) not in _undirected(seed, "PARTNER_OF")


def test_alongside_partners_after_what_the_subject_opened_are_the_subjects():
    seed = news_item(f"{_A} has opened the Corner Cafe, alongside partners {_B} and {_C}.")
    partners = _undirected(seed, "PARTNER_OF")
    assert {frozenset({_A, _B}), frozenset({_A, _C})} <= partners
    assert not any("Corner Cafe" in p for p in partners)


def test_a_headline_two_bodies_team_up_makes_them_collaborators():
    seed = extract_text(f"{_A} and the {_B} team up to tackle loneliness\n\nMore soon.\n")
    assert frozenset({_A, _B}) in _undirected(seed, "COLLABORATES_WITH")


def test_a_team_named_after_a_body_does_not_team_up():
    seed = news_item(f"{_A} and the {_B} team met the mayor on Monday.")
    assert not pairs(seed, "COLLABORATES_WITH")
    assert not pairs(seed, "PARTNER_OF")


def test_a_law_centre_is_a_body():
    seed = news_item(f"{_A} works closely with Pellby Law Centre on housing cases.")
    assert frozenset({_A, "Pellby Law Centre"}) in _undirected(seed, "PARTNER_OF") | _undirected(
        seed, "COLLABORATES_WITH"
    )


def test_a_collaborative_project_between_bodies_makes_them_collaborators_who_run_it():
    seed = news_item(
        f"The Open Doors scheme, a collaborative project between {_A} and {_B}, has ended."
    )
    assert frozenset({_A, _B}) in _undirected(seed, "COLLABORATES_WITH")
    assert frozenset({_A, _B}) not in _undirected(seed, "PARTNER_OF")
    assert {(_A, "Open Doors"), (_B, "Open Doors")} <= pairs(seed, "RUNS")


def test_a_collaborative_project_between_unnamed_teams_names_nobody():
    seed = news_item("Jo Tern said it was a collaborative project between the two teams.")
    assert not pairs(seed, "COLLABORATES_WITH")


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_A} partnered with local charity {_B} for its Step Ahead project.",
        f"{_A} has partnered with {_B} on the Step Ahead programme.",
    ],
)
def test_a_body_partnered_with_for_a_project_takes_part_in_it(sentence):
    seed = news_item(sentence)
    assert frozenset({_A, _B}) in _undirected(seed, "PARTNER_OF")
    assert (_B, "Step Ahead", "partner") in {
        (r["from"], r["to"], r.get("role"))
        for r in seed["relations"]
        if r["type"] == "PARTICIPATED_IN"
    }


def test_partnered_with_for_the_first_time_names_no_project():
    seed = news_item(f"{_A} has partnered with {_B} for the first time.")
    assert not pairs(seed, "PARTICIPATED_IN")
