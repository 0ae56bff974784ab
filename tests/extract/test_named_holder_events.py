"""An occasion named in passing by its holder's or venue's name and lower-case
event words, with no possessive ("at the Fenby Citizens Advice annual meeting",
"At the Kelby Village Hall coffee morning I met ..."), is an event named as
written; a body that holds it organised it, and whoever the sentence says spoke
there took part. All names made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import events, in_passing, pairs


@pytest.mark.parametrize(
    ("sentence", "holder", "name"),
    [
        ("Jo Tern joined a panel at the Kelby Citizens Advice annual meeting on Thursday.",
         "Kelby Citizens Advice", "Kelby Citizens Advice annual meeting"),
        ("Jo Tern spoke at a Marlow Rotary Club dinner in May.", "Marlow Rotary Club",
         "Marlow Rotary Club dinner"),
    ],
)  # fmt: skip
def test_the_bodys_occasion_is_found_held_by_it_with_its_speaker(sentence, holder, name):
    seed = in_passing(sentence)
    assert name in {e["name"] for e in events(seed)}, events(seed)
    assert (holder, name) in pairs(seed, "ORGANISED")
    assert ("Jo Tern", name) in pairs(seed, "PARTICIPATED_IN")


def test_an_occasion_at_a_venue_is_named_with_it():
    seed = in_passing("At the Kelby Village Hall coffee morning I met Jo Tern, a retired driver.")
    assert "Kelby Village Hall coffee morning" in {e["name"] for e in events(seed)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Tern runs the Kelby Trust weekly coffee morning in the hall.",
        "Jo Tern thanked the Kelby Trust events team.",
        "Jo Tern fixes bikes in the Kelby Trust workshop on Mill Lane.",
    ],
)
def test_no_occasion_from_a_recurring_activity_a_team_or_a_room(sentence):
    seed = in_passing(sentence)
    assert not [e for e in events(seed) if e["name"].startswith("Kelby Trust ")], events(seed)
