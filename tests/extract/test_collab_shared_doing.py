"""Two bodies that are the subjects of one verb of running, making or sharing a
thing did it together (rules/joint_subjects.py, `shared_doing`). Fictional bodies,
wordings of this file's own."""

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
        "Kelby Mind and Fenby Community Action are running free Friday night "
        "football on the pitch from 6pm.",
        "For the third year, Kelby Mind and Fenby Community Action have shared a "
        "kitchen during the winter.",
        "Kelby Mind and the Fenby Community Action will restore the old shop fronts "
        "on the high street.",
    ],
)
def test_bodies_running_or_sharing_one_thing_work_together(sentence):
    assert _together("Spring news\n\n" + sentence, "Kelby Mind", "Fenby Community Action")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Mind and Fenby Community Action have each run a course for carers.",
        "Kelby Mind and Fenby Community Action ran separate classes on money.",
        "Kelby Mind and Fenby Community Action both run cafés in the town.",
        "Kelby Mind and Fenby Community Action did not share a venue this year.",
        "Volunteers from Kelby Mind and Fenby Community Action ran stalls at the fair.",
    ],
)
def test_bodies_each_doing_their_own_tie_nothing(sentence):
    assert not _together("Spring news\n\n" + sentence, "Kelby Mind", "Fenby Community Action")
