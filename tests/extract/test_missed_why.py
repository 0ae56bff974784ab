"""Why a gold relation was missed (`Scores.missed_why`, `evaluate -v`): an end not
found, an end found with another type or under another name, the ends related
with another role, or both ends found and not related. Every name is made up."""

from __future__ import annotations

import yaml
from typer.testing import CliRunner

from collabgraph.cli import app
from collabgraph.extract.scoring import (
    ANOTHER_ROLE,
    END_NAMED_OTHERWISE,
    END_NOT_FOUND,
    END_TYPED_OTHERWISE,
    NOT_RELATED,
    evaluate,
)

_PEOPLE = [
    {"type": "Person", "name": "Ada Foss"},
    {"type": "Person", "name": "Jo Tern"},
    {"type": "Person", "name": "Cal Duffy"},
    {"type": "Person", "name": "Mo Reyes"},
]
GOLD = {
    "entities": [
        *_PEOPLE,
        {"type": "Event", "name": "Kelby Carers Summit 2031"},
        {"type": "Organisation", "name": "Fenby Trust"},
        {"type": "Place", "name": "Orby"},
    ],
    "relations": [
        {"from": "Ada Foss", "type": "PARTICIPATED_IN", "to": "Kelby Carers Summit 2031",
         "role": "speaker"},
        {"from": "Jo Tern", "type": "WORKS_FOR", "to": "Fenby Trust"},
        {"from": "Cal Duffy", "type": "PARTICIPATED_IN", "to": "Kelby Carers Summit 2031",
         "role": "attendee"},
        {"from": "Mo Reyes", "type": "WORKS_FOR", "to": "Fenby Trust"},
        {"from": "Fenby Trust", "type": "LOCATED_IN", "to": "Orby"},
    ],
}  # fmt: skip


def _predicted() -> dict:
    """The summit named otherwise, the trust found, Orby typed a body, Cal Duffy
    related with another role, Mo Reyes not related, Jo Tern not found."""
    return {
        "entities": [
            {"type": "Person", "name": "Ada Foss"},
            {"type": "Person", "name": "Cal Duffy"},
            {"type": "Person", "name": "Mo Reyes"},
            {"type": "Event", "name": "Kelby Carers Summit"},
            {"type": "Event", "name": "Kelby Carers Summit 2031 dinner"},
            {"type": "Organisation", "name": "Fenby Trust"},
            {"type": "Organisation", "name": "Orby"},
        ],
        "relations": [
            {"from": "Ada Foss", "type": "PARTICIPATED_IN", "to": "Kelby Carers Summit",
             "role": "speaker"},
            {"from": "Cal Duffy", "type": "PARTICIPATED_IN",
             "to": "Kelby Carers Summit 2031 dinner", "role": "attendee"},
            {"from": "Fenby Trust", "type": "LOCATED_IN", "to": "Orby"},
        ],
    }  # fmt: skip


def test_each_missed_relation_is_given_its_reason():
    s = evaluate(_predicted(), GOLD)
    assert s.relation_tp == 0
    assert s.missed_why == {
        ("PARTICIPATED_IN", END_NAMED_OTHERWISE): 2,  # the summit, under a shorter name
        ("WORKS_FOR", END_NOT_FOUND): 1,  # Jo Tern
        ("WORKS_FOR", NOT_RELATED): 1,  # Mo Reyes and the trust, both found
        ("LOCATED_IN", END_TYPED_OTHERWISE): 1,  # Orby as a body
    }
    assert sum(s.missed_why.values()) == len(s.missed_relations)
    assert (s + s).missed_why[("WORKS_FOR", NOT_RELATED)] == 2


def test_ends_related_with_another_role_are_told_apart_from_not_related():
    gold = {
        "entities": [*_PEOPLE[:2], {"type": "Event", "name": "Fenby Fair"}],
        "relations": [
            {"from": "Ada Foss", "type": "PARTICIPATED_IN", "to": "Fenby Fair", "role": "speaker"},
            {"from": "Jo Tern", "type": "PARTICIPATED_IN", "to": "Fenby Fair", "role": "speaker"},
        ],
    }  # fmt: skip
    predicted = {
        "entities": gold["entities"],
        "relations": [
            {"from": "Ada Foss", "type": "PARTICIPATED_IN", "to": "Fenby Fair", "role": "attendee"}
        ],
    }
    s = evaluate(predicted, gold)
    assert s.missed_why == {
        ("PARTICIPATED_IN", ANOTHER_ROLE): 1,
        ("PARTICIPATED_IN", NOT_RELATED): 1,
    }


def test_nothing_missed_gives_no_reasons():
    assert not evaluate(GOLD, GOLD).missed_why


def test_evaluate_verbose_prints_the_reasons_for_a_folder(tmp_path):
    (tmp_path / "fair.txt").write_text(
        "Fenby Fair 2031\n\nThe Fenby Fair 2031 was held in Orby on 3 May 2031.\n"
    )
    gold = {
        "entities": [
            {"type": "Event", "name": "Fenby Fair 2031"},
            {"type": "Place", "name": "Orby"},
            {"type": "Person", "name": "Nobody Named Here"},
        ],
        "relations": [
            {"from": "Nobody Named Here", "type": "PARTICIPATED_IN", "to": "Fenby Fair 2031"}
        ],
    }
    (tmp_path / "fair.gold.yaml").write_text(yaml.safe_dump(gold))
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "-v"])
    assert result.exit_code == 0, result.output
    assert "Why gold relations were missed" in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("| PARTICIPATED_IN"))
    assert row.split("|")[2:4] == [" 1 ", " 1 "]  # missed 1, an end not found 1
    assert "PARTICIPATED_IN, an end not found: 1" in result.output
