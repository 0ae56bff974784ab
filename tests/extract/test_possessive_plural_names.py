"""One programme written with a plural possessive and with the singular ("the
Members’ Community Fund", "the Member Community Fund"), or with more words first
("the Ward Members’ Community Fund"): one entity, a programme when the page runs
it, not a body beside it. Made-up names.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _entity(seed: dict, name: str) -> dict:
    return next(e for e in seed["entities"] if e["name"] == name or name in e.get("aliases", ()))


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Fenby Borough Council has opened its Members’ Community Fund. The Member "
            "Community Fund gives each councillor £2,000 for local groups.",
            ["Members' Community Fund", "Member Community Fund"],
        ),
        (
            "Kelby County Council’s Councillor Grant Fund is set to reopen for applications "
            "from community groups across the county. The County Councillors’ Grant Fund "
            "provides each of the council’s 57 councillors with £7,000 to support projects.",
            ["County Councillors' Grant Fund", "Councillor Grant Fund"],
        ),
    ],
)
def test_a_plural_possessive_and_its_singular_name_one_programme(text, forms):
    seed = extract_text(text)
    entity = _entity(seed, forms[0])
    assert forms[1] == entity["name"] or forms[1] in entity.get("aliases", ())
    assert entity["type"] == "Project"
    assert not [e for e in seed["entities"] if e is not entity and e["name"] in forms]


def test_two_programmes_differing_in_more_than_the_plural_stay_apart():
    seed = extract_text(
        "Kelby Council runs the Volunteers’ Travel Fund and the Volunteer Meals Fund. "
        "Both close in May."
    )
    names = {e["name"] for e in seed["entities"]}
    assert {"Volunteers' Travel Fund", "Volunteer Meals Fund"} <= names


def test_the_body_running_one_form_runs_the_programme_of_both():
    seed = extract_text(
        "Fenby County Council’s Member Grant Fund is set to reopen for applications from "
        "community groups across the county.\n\n"
        "The County Members’ Grant Fund provides each of the council’s 57 councillors with "
        "£7,000.\n\n"
        "Groups can find out more about the Members’ Grant Fund online. The Members’ Grant "
        "Fund has helped 300 groups."
    )
    fund = _entity(seed, "Member Grant Fund")
    assert fund["type"] == "Project"
    assert {"Members' Grant Fund", "Member Grant Fund"} <= {fund["name"], *fund.get("aliases", ())}
    runs = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "RUNS"}
    assert ("Fenby County Council", fund["name"]) in runs
