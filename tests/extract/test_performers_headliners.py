"""The acts on a page's event bill took part in it: "Headlining the main stage were
A and B", "Headliners included A", "headlined by the band A", "Headline act A
closed the night", "acts included A and B" (rules/event_roles.headliners); the body
after "music from pupils of" performed (rules/event_roles.performers). Made-up names."""

from __future__ import annotations

import pytest

from tests.extract.reading import at_summit


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        ("Headlining the main stage were the Kelby Steel Band and the Fenby Youth Choir.",
         {"Kelby Steel Band", "Fenby Youth Choir"}),
        ("Headliners included the Kelby Ceilidh Band and the Fenby Brass Ensemble.",
         {"Kelby Ceilidh Band", "Fenby Brass Ensemble"}),
        ("Acts included the Kelby Steel Band and the Fenby Youth Choir.",
         {"Kelby Steel Band", "Fenby Youth Choir"}),
        ("The main stage was headlined by the Kelby Steel Band.", {"Kelby Steel Band"}),
    ],
)  # fmt: skip
def test_the_acts_on_the_bill_took_part(sentence, acts):
    took_part = at_summit(sentence)
    assert {(act, "participant") for act in acts} <= took_part


@pytest.mark.parametrize(
    "sentence",
    [
        "Our headline sponsor was the Kelby Building Society.",
        "The Kelby Trust acts as the summit's banker.",
    ],
)
def test_a_headline_sponsor_or_the_verb_acts_is_no_act(sentence):
    assert not {who for who, role in at_summit(sentence) if role == "participant"}


def test_music_from_pupils_of_a_school_is_the_schools():
    took_part = at_summit("The summit opened with music from pupils of Kelby Primary School.")
    assert any(who == "Kelby Primary School" for who, _ in took_part)
