"""What an event is about, continued: a report or project launched at an event
("held our annual reception and launched our report 'Foo'", "launched Foo at the
Bar Conference"), and a report named after "of" in what an event focused on ("the
four pillars of the Foo Plan"). Fictional bodies; each test stands for a kind
seen on pages of several sites.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _about(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "ABOUT")


@pytest.mark.parametrize(
    "text",
    [
        "Last Wednesday Kelby Trust held our annual reception and officially launched our "
        "latest report \u2018Better Homes for Fenby\u2019 in Dalby Town Hall.",
        "Last Wednesday Kelby Trust held our annual reception and officially launched our "
        "latest publication \u2018After the Storm, Notes for Westshire\u2019 in Northtown "
        "Library with the support of Tom Reed MP.",
    ],
)
def test_a_report_launched_with_the_event_held_is_what_the_event_is_about(text):
    about = _about(text)
    assert len(about) == 1
    event, report = next(iter(about))
    assert "reception" in event.lower()
    assert report in {"Better Homes for Fenby", "After the Storm, Notes for Westshire"}


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Trust launched its new report \u2018Better Homes for Fenby\u2019 at the Dalby "
        "Housing Conference 2024.",
        "At the Dalby Housing Conference 2024, Kelby Trust launched its Warm Homes Programme.",
        "Kelby Trust hosted the Dalby Housing Conference 2024 and launched the Warm Homes "
        "Programme.",
    ],
)
def test_what_is_launched_at_a_named_event_is_what_it_is_about(text):
    about = _about(text)
    assert {e for e, _ in about} == {"Dalby Housing Conference 2024"}
    assert {w for _, w in about} <= {"Better Homes for Fenby", "Warm Homes Programme"}
    assert about


def test_a_report_launched_with_no_event_named_makes_no_about():
    assert _about("Kelby Trust launched its Warm Homes Programme in Dalby last week.") == set()


def test_an_event_focused_on_parts_of_a_plan_is_about_the_plan():
    about = _about(
        "Kelby Trust held a roundtable on digital skills in Dalby on 3 May 2024. Our "
        "roundtable focused on the four key pillars of the Government\u2019s Digital Skills "
        "Action Plan."
    )
    assert {w for _, w in about} == {"Digital Skills Action Plan"}
