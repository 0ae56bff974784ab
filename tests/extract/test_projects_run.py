"""Who runs a project, in the forms write-ups of services and schemes use: a noun
referring back to the project's name ("runs the challenge", "which runs the line",
"The project is led by"), a service described after its name, people "from" a body
delivering it, a list of projects after a verb of running, a body commissioned "to
deliver" one, "the X project at Foo", "X, Foo's mentoring scheme", "X, an
initiative of Foo", "hosted by" and "provided by" for a service, a day in a
service's name ("the Chat Tuesday service"). Near misses keep bodies, funds and
people out. Made-up names and sentences.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in


def _seed(text: str) -> dict:
    return extract_text("Update\n\n" + text + "\n", path="page.txt")


@pytest.mark.parametrize(
    ("text", "body", "project"),
    [
        (  # a noun after "the" naming the project by its last word
            "Eleven schools signed up for the Kelby Spelling Challenge this year. "
            "Fenby Library Service runs the challenge every spring.",
            "Fenby Library Service",
            "Kelby Spelling Challenge",
        ),
        (  # the same in a relative clause, after a service described as one
            "Orton Renters Line, a free phone service for tenants, now opens on Saturdays. "
            "Tern Housing Trust, which runs the line, has trained six new advisers.",
            "Tern Housing Trust",
            "Orton Renters Line",
        ),
        (  # "The project is led by" for a name the reader took for a body
            "The Dune Heritage Project has won £20,000 from the Kelby Fund. "
            "The project is led by Fenby Maritime Trust.",
            "Fenby Maritime Trust",
            "Dune Heritage Project",
        ),
        (
            "Fenby Council has commissioned Tern Trust to deliver the Kelby Wellbeing "
            "Service from April.",
            "Tern Trust",
            "Kelby Wellbeing Service",
        ),
        (
            "The Pathways project at Kelby College helps adults back into learning.",
            "Kelby College",
            "Pathways",
        ),
        (
            "Kelby Voices, Tern Trust's mentoring scheme, has matched forty young people.",
            "Tern Trust",
            "Kelby Voices",
        ),
        (
            "The Good Food project, an initiative of Kelby Mind, offers cooking classes.",
            "Kelby Mind",
            "Good Food",
        ),
        (
            "The Men's Shed project, hosted by Orton Community Centre, meets on Tuesdays.",
            "Orton Community Centre",
            "Men's Shed",
        ),
        (
            "The Kelby Food Hub is hosted by Tern Trust and opens every Friday.",
            "Tern Trust",
            "Kelby Food Hub",
        ),
        (
            "The Fenby Debt Advice Service, provided by Kelby Citizens Advice, is free to all.",
            "Kelby Citizens Advice",
            "Fenby Debt Advice Service",
        ),
        (
            "Fenby Mind has launched the Chat Tuesday service for people who live alone.",
            "Fenby Mind",
            "Chat Tuesday",
        ),
    ],
)
def test_a_body_runs_the_project_the_sentence_says(text, body, project):
    seed = _seed(text)
    assert (body, project) in pairs(seed, "RUNS")
    assert types_in(seed, project) == {"Project"}


def test_volunteers_from_two_bodies_deliver_it_for_both():
    seed = _seed(
        "Chat Line, a phone service for carers, is delivered by volunteers from Orton "
        "Carers Centre and Fenby Age Concern."
    )
    runs = pairs(seed, "RUNS")
    assert ("Orton Carers Centre", "Chat Line") in runs
    assert ("Fenby Age Concern", "Chat Line") in runs


def test_every_project_listed_after_a_verb_of_running_is_run():
    seed = _seed("Tern Trust runs the Kelby Larder, the Fenby Pantry and the Orton Kitchen.")
    runs = pairs(seed, "RUNS")
    for project in ("Kelby Larder", "Fenby Pantry", "Orton Kitchen"):
        assert ("Tern Trust", project) in runs


def test_a_service_provided_by_two_bodies_is_run_by_both():
    seed = _seed("The Kelby Larder is a weekly service provided by Tern Trust and Kelby Church.")
    runs = pairs(seed, "RUNS")
    assert ("Tern Trust", "Kelby Larder") in runs
    assert ("Kelby Church", "Kelby Larder") in runs


# Near misses


def test_a_network_hosted_by_a_body_is_no_project_it_runs():
    seed = _seed("The Kelby Network is hosted by Fenby Voluntary Action.")
    assert pairs(seed, "RUNS") == set()
    assert types_in(seed, "Kelby Network") == {"Organisation"}


def test_a_fund_provided_by_a_body_is_funded_not_run():
    seed = _seed("The Kelby Green Fund is provided by Fenby Council.")
    assert ("Fenby Council", "Kelby Green Fund") not in pairs(seed, "RUNS")


def test_a_job_with_a_programme_noun_names_no_programme():
    seed = _seed("Jo Tern, Tern Trust's project manager, said the scheme had done well.")
    assert pairs(seed, "RUNS") == set()
    assert types_in(seed, "Jo Tern") == {"Person"}


def test_a_project_at_a_place_is_not_run_by_the_place():
    seed = _seed("Ada Foss joined the Pathways project at Kelby in 2020.")
    assert pairs(seed, "RUNS") == set()


def test_a_noun_with_no_name_before_it_ending_so_refers_to_nothing():
    seed = _seed("Tern Trust runs the line for renters. Kelby Council pays for it.")
    assert pairs(seed, "RUNS") == set()


def test_a_body_described_as_a_service_stays_a_body():
    seed = _seed("Kelby Library Service, a council service, lends laptops to residents.")
    assert types_in(seed, "Kelby Library Service") == {"Organisation"}


def test_a_day_after_a_body_s_name_stays_out_of_the_name():
    seed = _seed("The Kelby Council Tuesday service was cancelled.")
    assert not any("Tuesday" in e["name"] for e in seed["entities"])


def test_a_person_asked_to_deliver_a_programme_runs_it_not_the_one_asking():
    seed = _seed("Ada Foss asked Tern Trust to deliver the Kelby Warm Homes programme.")
    runs = pairs(seed, "RUNS")
    assert ("Tern Trust", "Kelby Warm Homes") in runs
    assert ("Ada Foss", "Kelby Warm Homes") not in runs


def test_a_hub_partners_plan_to_open_is_a_service():
    seed = _seed(
        "Fenby Council and Tern Youth Trust have leased the old library. The partners "
        "plan to open the Orton Youth Hub there in the spring."
    )
    assert types_in(seed, "Orton Youth Hub") == {"Project"}


def test_stalls_run_by_bodies_are_no_programme():
    seed = _seed("Stalls were run by Kelby Scouts and Fenby Church.")
    assert pairs(seed, "RUNS") == set()
    assert types_in(seed, "Stalls") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Projects run by Tern Trust include Kelby Cares, Open Table and the Fenby Larder.",
        "Tern Trust runs three projects: Kelby Cares, Open Table and the Fenby Larder.",
    ],
)
def test_projects_listed_as_a_body_s_are_each_run_by_it(text):
    seed = _seed(text)
    runs = pairs(seed, "RUNS")
    for project in ("Kelby Cares", "Open Table", "Fenby Larder"):
        assert ("Tern Trust", project) in runs
        assert types_in(seed, project) == {"Project"}


def test_groups_funded_by_a_fund_are_not_run_by_it():
    seed = _seed("Groups funded by the Kelby Fund this year include Tern Trust and Orton Mind.")
    assert pairs(seed, "RUNS") == set()


def test_a_place_in_a_list_of_services_is_not_run():
    seed = _seed("Tern Trust runs services including a lunch club in Kelby and Fenby.")
    assert pairs(seed, "RUNS") == set()


@pytest.mark.parametrize(
    ("text", "body", "project"),
    [
        (  # a head word of a body ("Homes") inside a programme's name after "'s"
            "The grant will support Fenby Council's Warm Homes programme this winter.",
            "Fenby Council",
            "Warm Homes",
        ),
        (
            "Tern Trust's Kelby Cares drop-in opens every Monday.",
            "Tern Trust",
            "Kelby Cares",
        ),
    ],
)
def test_a_programme_after_a_body_s_possessive_is_its(text, body, project):
    seed = _seed(text)
    assert (body, project) in pairs(seed, "RUNS")
    assert types_in(seed, project) == {"Project"}


def test_a_housing_body_named_after_another_s_possessive_is_no_programme():
    seed = _seed("Fenby Council's partner Kelby Homes has built forty flats.")
    assert pairs(seed, "RUNS") == set()


@pytest.mark.parametrize(
    ("text", "body", "project"),
    [
        ("Tern Trust now runs the Kelby Cares service.", "Tern Trust", "Kelby Cares"),
        ("Tern Trust currently manages the Kelby Cares service.", "Tern Trust", "Kelby Cares"),
        (
            "Tern Trust took over the Kelby Cares service from Fenby Council in 2021.",
            "Tern Trust",
            "Kelby Cares",
        ),
        ("Orton Mind manages the Kelby Community Pantry.", "Orton Mind", "Kelby Community Pantry"),
    ],
)
def test_a_body_that_keeps_a_service_going_runs_it(text, body, project):
    seed = _seed(text)
    assert (body, project) in pairs(seed, "RUNS")
    assert types_in(seed, project) == {"Project"}


def test_taking_over_as_chair_runs_nothing():
    seed = _seed("Jo Tern took over as chair of Tern Trust in 2021.")
    assert pairs(seed, "RUNS") == set()


def test_a_programme_named_with_a_verb_first_and_led_by_a_body_is_found():
    seed = _seed("Step Up Kelby, led by Fenby Voluntary Action, will offer mentoring.")
    assert ("Fenby Voluntary Action", "Step Up Kelby") in pairs(seed, "RUNS")
    assert types_in(seed, "Step Up Kelby") == {"Project"}


def test_a_network_led_by_a_body_is_not_run_by_it():
    seed = _seed("The Kelby Network, led by Fenby Voluntary Action, meets each month.")
    assert pairs(seed, "RUNS") == set()


def test_a_call_to_meet_a_person_names_no_programme():
    seed = _seed("Meet Jo Tern, a volunteer at Tern Trust.")
    assert pairs(seed, "RUNS") == set()
    assert types_in(seed, "Jo Tern") == {"Person"}


def test_a_page_titled_with_a_name_and_listing_partners_is_a_project_page():
    seed = extract_text(
        "Hedge Heroes\n\nHedge Heroes plants native hedges along the lanes around "
        "the village.\n\nPartners: Fenby Tree Wardens, Kelby Rivers Trust and Orton "
        "Primary School\n",
        path="page.txt",
    )
    assert types_in(seed, "Hedge Heroes") == {"Project"}
    partners = pairs(seed, "PARTICIPATED_IN")
    assert ("Kelby Rivers Trust", "Hedge Heroes") in partners
    assert ("Fenby Tree Wardens", "Hedge Heroes") in partners


def test_a_page_titled_with_a_body_s_name_keeps_it_a_body():
    seed = extract_text(
        "Kelby Rivers Trust\n\nKelby Rivers Trust cares for the rivers around the town."
        "\n\nPartners: Fenby Tree Wardens and Orton Primary School\n",
        path="page.txt",
    )
    assert types_in(seed, "Kelby Rivers Trust") == {"Organisation"}
