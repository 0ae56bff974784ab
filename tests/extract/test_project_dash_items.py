"""A list of projects written "Name – what it is and who runs it": the name is a
project and the bodies the description names as running it RUNS it
(mentions/list_items.dash_item_names, rules/dash_items.py); lists of posts,
grants and places written with the same dash give no project."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, types_in


def _seed(items: str, lead: str = "The five projects we are funding this year are:") -> dict:
    return extract_text(f"Kelby Trust funds new projects\n\n{lead}\n\n{items}", path="page.txt")


def test_a_body_and_a_verb_after_the_dash_run_the_named_project():
    seed = _seed(
        "1. Walk and Talk – Orley Ramblers will lead weekly walks for new parents.\n"
        "2. Cook Together – Marsh Pantry runs cookery classes for families.\n"
    )
    runs = pairs(seed, "RUNS")
    assert ("Orley Ramblers", "Walk and Talk") in runs
    assert ("Marsh Pantry", "Cook Together") in runs
    assert types_in(seed, "Walk and Talk") == {"Project"}


def test_two_bodies_joined_by_and_both_run_it():
    seed = _seed(
        "- Back to Work – Fenby Skills Hub and the Kelby Job Club will support people "
        "who are out of work (£9,000).\n"
    )
    runs = pairs(seed, "RUNS")
    assert ("Fenby Skills Hub", "Back to Work") in runs
    assert ("Kelby Job Club", "Back to Work") in runs


def test_a_described_item_run_by_a_body_and_one_with_it():
    seed = _seed(
        "- Sew Good – a sewing circle for refugee women run by Dalby Women's Centre's "
        "outreach team with Tern Stitchers (£3,000).\n"
        "- Open Doors – a weekly drop-in for older people, delivered by Marsh Age Concern.\n"
    )
    runs = pairs(seed, "RUNS")
    assert ("Dalby Women's Centre", "Sew Good") in runs
    assert ("Tern Stitchers", "Sew Good") in runs
    assert ("Marsh Age Concern", "Open Doors") in runs


def test_small_words_of_a_title_stay_in_the_name():
    seed = _seed("- Home to Stay – Fenby Carers Network will visit people after discharge.\n")
    assert ("Fenby Carers Network", "Home to Stay") in pairs(seed, "RUNS")


def test_posts_grants_and_places_written_with_a_dash_are_no_projects():
    seed = extract_text(
        "Our year\n\nOur officers:\n\n- Chair – Jo Tern\n- Treasurer – Ada Foss\n\n"
        "Grants went to:\n\n- Orley Ramblers – £2,000 for new boots\n"
        "- Fenby Skills Hub – £5,000\n\n"
        "We have bases in:\n\n- Dalby – at Dalby Community Centre, shared with Dalby Youth Club\n",
        path="page.txt",
    )
    assert not pairs(seed, "RUNS")
    assert "Project" not in {e["type"] for e in seed["entities"]}


def test_a_place_or_a_venue_before_the_dash_is_no_project():
    seed = _seed(
        "- Orley Library – Fenby Trust runs a homework club there on Tuesdays.\n"
        "- Dalby – Kelby Foodbank will open a pantry in the spring.\n",
        lead="Where we work:",
    )
    runs = pairs(seed, "RUNS")
    assert ("Fenby Trust", "Orley Library") not in runs
    assert ("Kelby Foodbank", "Dalby") not in runs


def test_a_person_named_before_a_dash_is_no_project():
    seed = _seed("- Jo Tern – Fenby Council will speak about housing.\n", lead="Our speakers:")
    assert not pairs(seed, "RUNS")
