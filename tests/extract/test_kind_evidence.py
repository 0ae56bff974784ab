"""A name only the recogniser calls a body, that the page calls a project: made up."""

from __future__ import annotations

from tests.extract.reading import types_of as typed


def test_a_name_the_page_once_calls_a_project_is_one():
    found = typed(
        "Opportunity to take part in Scooter Opera this summer. We are looking for people "
        "to join the Scooter Opera project this summer as part of the Harrowdale Fair. "
        "There will be two shows of the Scooter Opera in August. Scooter Opera is free to join."
    )
    assert found.get("Scooter Opera") == "Project"


def test_a_body_the_page_gives_money_stays_a_body():
    found = typed(
        "Scooter Opera has been awarded £5,000 by the Harrowdale Community Foundation. "
        "The Scooter Opera project will tour schools. Scooter Opera was founded in 2015."
    )
    assert found.get("Scooter Opera") != "Project"


def test_a_service_a_body_developed_is_a_project():
    found = typed(
        "Harrowdale Hospice Alliance developed the Quick Home Care Service to help patients "
        "stay at home. The Quick Home Care Service has been shortlisted for a national award."
    )
    assert found.get("Harrowdale Hospice Alliance") == "Organisation"
    assert found.get("Quick Home Care Service") == "Project"


def test_the_subject_after_an_opening_phrase_does_not_describe_the_name():
    found = typed("Alongside Harrowdale Rhymes, the programme has trained forty young writers.")
    assert found.get("Harrowdale Rhymes") != "Project"
    found = typed("Fresh Start, a school programme delivered by Harrowdale CVS, helps pupils.")
    assert found.get("Fresh Start") == "Project"
