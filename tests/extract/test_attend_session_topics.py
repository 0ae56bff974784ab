"""Who led a part of an event named with its topic before "run by" or "led by":
"the workshop on getting your first grant, run by A", "the session on digital
fundraising run by B", "a session on trust in youth work led by C". The parse may
hang the participle on the topic's last noun ("grant", "fundraising", "work"); the
session noun before the topic still says what was led, so each took part in the
event (a speaker), and none organised it."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import SUMMIT, SUMMIT_PAGE, at_summit, pairs, ruled


@pytest.mark.parametrize(
    "sentence",
    [
        "I went to the workshop on getting your first grant, run by Ada Foss of Kelby "
        "Voluntary Action and Jo Tern from Fenby Council.",
        "I went to the session on digital fundraising run by Ada Foss of Kelby Voluntary "
        "Action, which was practical.",
        "Among the most popular was a session on trusted relationships in youth work led "
        "by Ada Foss of Kelby Voluntary Action.",
    ],
)
def test_the_leader_of_a_session_on_a_topic_took_part(sentence):
    assert ("Ada Foss", "speaker") in at_summit(sentence)


def test_the_leaders_of_a_session_on_a_topic_did_not_organise_the_event():
    seed = ruled(
        extract_text(
            SUMMIT_PAGE + "I went to the workshop on getting your first grant, run by Ada "
            "Foss of Kelby Voluntary Action and Jo Tern from Fenby Council.\n"
        )
    )
    organisers = {who for who, what in pairs(seed, "ORGANISED") if what == SUMMIT}
    assert not {"Ada Foss", "Jo Tern", "Fenby Council"} & organisers
    assert ("Jo Tern", "speaker") in at_summit(
        "I went to the workshop on getting your first grant, run by Ada Foss of Kelby "
        "Voluntary Action and Jo Tern from Fenby Council."
    )


def test_a_project_on_a_topic_run_by_a_body_is_no_session():
    took_part = at_summit("We heard about the project on food waste run by Kelby Voluntary Action.")
    assert ("Kelby Voluntary Action", "participant") not in took_part
