"""The bodies a project is evaluated by take part in it, role participant
(rules/evaluated_projects.py). Fictional bodies, wordings of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_INTRO = "Safe Start Kelby is a new programme for families in Kelby, run by the Kelby Trust."


def _participants(text: str) -> set[tuple[str, str]]:
    seed = extract_text("Safe Start Kelby\n\n" + text + "\n")
    return {
        (who, where)
        for who, where, role in with_roles(seed, "PARTICIPATED_IN")
        if role == "participant"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The programme will be evaluated by Fenby University.",
        "The programme is funded by the Marlow Foundation and evaluated by researchers "
        "at Fenby University.",
        "The director said the pilot would be independently evaluated by Fenby University.",
    ],
)
def test_the_body_a_project_is_evaluated_by_takes_part_in_it(sentence):
    assert ("Fenby University", "Safe Start Kelby") in _participants(f"{_INTRO} {sentence}")


def test_evaluated_by_a_person_or_said_of_no_project_makes_no_participant():
    text = (
        f"{_INTRO} Each bid was evaluated by Fenby University. "
        "The findings were evaluated by Dr Ada Foss of Fenby University."
    )
    assert not any(who == "Fenby University" for who, _ in _participants(text))
