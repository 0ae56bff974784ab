"""A day's or week's name closed by a singular occasion noun names the page's own
occasion held for it ("our Volunteers' Week lunch", "a Welcome Week family
picnic", "the Bonfire Night event"), and who organised it organised that occasion,
not the week. Plural or programme nouns ("Refugee Week events") and the week told
alone keep the week's name. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _events(seed) -> set[str]:
    return {e["name"] for e in seed["entities"] if e["type"] == "Event"}


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "Our Volunteers' Week lunch is on Thursday 6 June at Fenby Town Hall. "
            "It is organised by Kelby Carers Network with Fenby Rotary.\n",
            "Volunteers' Week lunch",
        ),
        (
            "We're holding a Welcome Week family picnic in Fenby Park on Saturday 21 June.\n",
            "Welcome Week family picnic",
        ),
        (
            "The Bonfire Night event, run jointly with Fenby Young Farmers, raised £1,900.\n",
            "Bonfire Night event",
        ),
    ],
)
def test_a_week_name_and_an_occasion_noun_name_the_occasion(text, occasion):
    seed = extract_text(text)
    assert occasion in _events(seed)


def test_the_organiser_organised_the_lunch_not_the_week():
    seed = extract_text(
        "Our Volunteers' Week lunch is on Thursday 6 June at Fenby Town Hall. "
        "It is organised by Kelby Carers Network with Fenby Rotary.\n"
    )
    organised = pairs(seed, "ORGANISED")
    assert ("Kelby Carers Network", "Volunteers' Week lunch") in organised
    assert ("Kelby Carers Network", "Volunteers' Week") not in organised


@pytest.mark.parametrize(
    "text",
    [
        "Refugee Week events were held across Kelby.\n",
        "During Refugee Week we held a lunch at Fenby Town Hall.\n",
    ],
)
def test_the_week_keeps_its_name_without_one_occasion_noun(text):
    seed = extract_text(text)
    assert "Refugee Week" in _events(seed)
    assert not any(name.startswith("Refugee Week ") for name in _events(seed))
