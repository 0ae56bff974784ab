"""A programme "launched in January 2030" began then: the words tell when it
started, not an occasion, so no "Launch of" event is made; a launch the page
places ("launched at Kelby Library") is still one."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def test_a_programme_launched_in_a_month_has_no_launch_event():
    seed = extract_text(
        "The Bright Steps service, a partnership between Dalby Health Trust and Fenby "
        "Homes, offers a home to people leaving hospital.\n\n"
        "The project was launched in January 2030 after Dalby Health Trust secured "
        "funding from Westmoor Foundation.\n"
    )
    assert [e["name"] for e in events(seed)] == []


def test_a_scheme_launched_as_a_survey_is_published_has_no_launch_event():
    seed = extract_text(
        "The Kind Hands programme is a new volunteering scheme for hospitals.\n\n"
        "The Kind Hands programme is launched as Dalby Health Trust publishes its "
        "survey of volunteering.\n"
    )
    assert [e["name"] for e in events(seed)] == []


def test_a_report_launched_at_a_place_still_has_its_launch():
    seed = extract_text(
        "The Northtown Food Report sets out how to end hunger in the town.\n\n"
        "The report was launched in Northtown Library on Monday by Ada Brook.\n"
    )
    assert any(e["name"].startswith("Launch of") for e in events(seed))


def test_a_report_launched_in_a_month_at_a_place_still_has_its_launch():
    seed = extract_text(
        "The Northtown Food Report sets out how to end hunger in the town.\n\n"
        "The report was launched in May 2031 at Northtown Library by Ada Brook.\n"
    )
    assert any(e["name"].startswith("Launch of") for e in events(seed))
