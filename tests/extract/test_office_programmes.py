"""A programme named after an office ("the Commissioner's Kelby Lanes Fund", "the
Mayor's Fenby Arts Scheme") keeps the office's possessive in its name, is a
programme, and the one person the page names with that office runs it. Kinds
seen on police and crime commissioners' pages of two sites; made-up names.
"""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_an_office_named_fund_is_one_programme_its_holder_runs():
    seed = _seed(
        "Commissioner backs local schemes\n"
        "Westshire's Roads and Lanes Commissioner Tom Reed has allocated £50,000 to "
        "groups in Kelby.\n"
        "Mr Reed said: \"The Commissioner's Kelby Lanes Fund is an important step in "
        'the delivery of my plan."\n'
    )
    found = {(e["type"], e["name"]) for e in seed["entities"]}
    assert ("Project", "Commissioner's Kelby Lanes Fund") in found
    assert ("Project", "Kelby Lanes Fund") not in found
    assert ("Tom Reed", "Commissioner's Kelby Lanes Fund") in pairs(seed, "RUNS")


def test_the_name_runs_on_across_of_and_the_holder_is_named_before_the_post():
    seed = _seed(
        "Commissioner visits cafe\n"
        "Tom Reed, Westshire’s Roads and Lanes Commissioner, heard the concerns of "
        "local people in Kelby yesterday.\n"
        "Mr Reed also visited a new community café which was launched using money "
        "from the Commissioner’s Lanes of Dalby Fund.\n"
    )
    assert ("Tom Reed", "Commissioner's Lanes of Dalby Fund") in pairs(seed, "RUNS")


def test_no_holder_when_two_people_hold_the_office():
    seed = _seed(
        "Mayors meet\n"
        "Mayor Ada Brook and Mayor Jo Hart met in Fenby.\n"
        "Groups can apply to the Mayor's Fenby Arts Scheme until May.\n"
    )
    found = {(e["type"], e["name"]) for e in seed["entities"]}
    assert ("Project", "Mayor's Fenby Arts Scheme") in found
    assert not pairs(seed, "RUNS")


def test_an_office_before_a_person_is_still_a_post():
    seed = _seed("Mayor's visit\nThe Mayor's Chief Officer Ada Brook visited Kelby Hospice.\n")
    names = {e["name"] for e in seed["entities"]}
    assert "Ada Brook" in names
