"""An event's name set off after its kind and a phrase of time: "our annual
conference next week, Kelby Sparks, is ..." names an Event, as "our annual
conference, Kelby Sparks," does. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


@pytest.mark.parametrize("when", ["next week", "this year", "last month"])
def test_a_name_after_the_kind_and_a_time_is_the_event(when):
    seed = extract_text(
        "Giving the sector some space to think\n\n"
        f"In many ways our annual conference {when}, Kelby Sparks, is all about getting "
        "that head space.\n\n"
        "Speakers include Ada Brook of Fenby Trust and Tom Reed.\n"
    )
    assert [e["name"] for e in events(seed)] == ["Kelby Sparks"]
    assert ("Tom Reed", "Kelby Sparks") in pairs(seed, "PARTICIPATED_IN")
