"""An opening told first of "a new <building>" and named in the next sentence or
paragraph ("... a new health centre opened at Foo Park. The Kelby Health Centre is
run by ..."): the occasion is named after that name ("Opening of Kelby Health
Centre"). Not when what comes next is no name of that noun, or the building is
only ever "the centre"."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events as _events


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kelby Trust opens new youth centre\n\n"
            "Kelby Trust has opened a new youth centre on Mill Lane in Dalby. "
            "The Dalby Youth Centre will host clubs five nights a week.\n",
            "Opening of Dalby Youth Centre",
        ),
        (
            "Health hub opens its doors\n\n"
            "Patients in Fenby can see a nurse closer to home after a new health hub opened "
            "at Fenby Retail Park on Monday.\n\n"
            "The Fenby Community Health Hub is run by Kelby Care Trust.\n",
            "Opening of Fenby Community Health Hub",
        ),
        (
            "A library for Dalby\n\n"
            "Fenby Council opened a new library in Dalby on 4 June 2031, its first in ten "
            "years. The Dalby Reading Library has room for two thousand books.\n",
            "Opening of Dalby Reading Library",
        ),
    ],
)
def test_an_opening_of_a_building_named_next_is_named_after_it(text, name):
    (event,) = _events(extract_text(text))
    assert event["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Trust opens new youth centre\n\n"
        "Kelby Trust has opened a new youth centre on Mill Lane in Dalby. "
        "The centre will host clubs five nights a week.\n",
        "Kelby Trust opens new youth centre\n\n"
        "Kelby Trust has opened a new youth centre on Mill Lane in Dalby. "
        "The Dalby Youth Club will meet there on Fridays.\n",
        "Kelby Trust opens new youth centre\n\n"
        "Kelby Trust has opened a new youth centre on Mill Lane in Dalby. "
        "Staff from the Dalby Youth Centre moved in last month.\n",
    ],
)
def test_no_opening_is_named_after_what_is_not_the_buildings_own_name(text):
    names = [e["name"] for e in _events(extract_text(text))]
    assert not [n for n in names if n.startswith("Opening of") and "Dalby" in n], names
