"""An event noun that is also a verb ("launch", "showcase") is not the page's
event when the page says who launched what: "Westshire Trust and Northtown
Council launch joint projects"; "the launch of the Foo report" still is."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _event_names(text: str) -> set[str]:
    return {e["name"] for e in events(extract_text(text))}


def test_two_bodies_that_launch_joint_projects_hold_no_launch_event():
    names = _event_names(
        "Westshire Foodbank and Northtown Advice launch joint projects to support families "
        "Westshire Foodbank is working in partnership with Northtown Advice on two new projects.\n"
    )
    assert not any("launch" in n.lower() for n in names)


def test_charities_that_showcase_joint_work_hold_no_showcase_event():
    names = _event_names(
        "Northtown Carers and Westshire Mind showcase joint work with young carers "
        "Northtown Carers is working with Westshire Mind on a new service.\n"
    )
    assert not any("showcase" in n.lower() for n in names)


def test_the_launch_of_a_report_is_still_the_page_event():
    names = _event_names(
        "Launch of the Westshire Carers Report\n\n"
        "Over 50 people came to the launch of the Westshire Carers Report in Northtown.\n\n"
        "At the launch a new fund was announced by Ada Brook.\n"
    )
    assert any("launch" in n.lower() for n in names)
