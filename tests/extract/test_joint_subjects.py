"""Two bodies that are the subjects of one verb done "jointly" or making a "joint"
thing work together, wherever the sentence opens (rules/joint_subjects.py).
Fictional bodies, wordings of this file's own."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _together(text: str, a: str, b: str) -> bool:
    seed = extract_text(text + "\n")
    ties = {"COLLABORATES_WITH", "PARTNER_OF"}
    pairs = {frozenset((r["from"], r["to"])) for r in seed["relations"] if r["type"] in ties}
    return frozenset((a, b)) in pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "In the afternoon, Kelby Mind and Fenby Community Action jointly ran a "
        "workshop on peer support.",
        "Last spring Kelby Mind and Fenby Community Action jointly delivered a course for carers.",
        "After a long winter, Kelby Mind and Fenby Community Action have launched "
        "Warm Orton, a joint programme to fix damp homes.",
        "On Monday Kelby Mind and Fenby Community Action announced a joint bid for "
        "the council's advice contract.",
    ],
)
def test_bodies_doing_one_thing_jointly_work_together(sentence):
    assert _together("Autumn news\n\n" + sentence, "Kelby Mind", "Fenby Community Action")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Mind and Fenby Community Action have each published a report on the "
        "joint strategic needs assessment.",
        "Kelby Mind and Fenby Community Action ran separate classes on joint pain.",
        "On Monday Kelby Mind ran a workshop, and Fenby Community Action held a joint "
        "session with Orton School.",
    ],
)
def test_a_joint_word_not_said_of_the_two_bodies_ties_nothing(sentence):
    assert not _together("Autumn news\n\n" + sentence, "Kelby Mind", "Fenby Community Action")
