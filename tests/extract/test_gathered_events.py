"""An unnamed event a page opens on as the place people gathered: "members of A
and B came together in a joint workshop", "residents gathered for a public
meeting on the bypass". With nothing else naming the page's event, it is that
event, named as the page describes it (corpus/GOLD.md: "Joint workshop"); not
one still to come, nor a habit. Every name below is made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs

_PAGE = "---\nurl: https://www.westshirehealth.org.uk/?p=812\n---\n\n"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "Plans for closer working took a step forward this week when members of the"
            " Kelby Health Board and voluntary sector leaders came together in a joint"
            " workshop.",
            "Joint workshop",
        ),
        (
            "More than forty residents of Dalby gathered for a public meeting on Tuesday"
            " evening to hear about the new bypass.",
            "Public meeting",
        ),
        (
            "Leaders of the Fenby Carers Network and the Marlow Youth Trust met at a"
            " roundtable on Friday to plan the winter programme.",
            "Roundtable",
        ),
    ],
)
def test_an_unnamed_event_people_gathered_in_is_the_pages_event(opening, name):
    seed = extract_text(
        _PAGE + opening + "\n\nThe session was chaired by Ada Brook, chief executive of the"
        " Westshire Care Trust, who said the day had been a great start.\n",
        path="page.txt",
    )
    (event,) = events(seed)
    assert event["name"] == name
    assert ("Ada Brook", name) in pairs(seed, "PARTICIPATED_IN")


@pytest.mark.parametrize(
    "opening",
    [
        "Members of the Kelby Health Board and voluntary sector leaders will come together"
        " in a joint workshop next month.",
        "Members of the Kelby Health Board and voluntary sector leaders come together in a"
        " joint workshop every spring.",
    ],
)
def test_a_gathering_to_come_or_a_habit_is_no_event(opening):
    seed = extract_text(
        _PAGE + opening + "\n\nAda Brook, chief executive of the Westshire Care Trust,"
        " welcomed the plans.\n",
        path="page.txt",
    )
    assert events(seed) == []
