"""A named hospital is a site a body runs (corpus/GOLD.md: a venue is a place),
unless the page uses its name for the body: made-up write-ups."""

from __future__ import annotations

from tests.extract.reading import types_of as typed


def test_a_trusts_hospitals_are_places():
    found = typed(
        "Harrowdale NHS Foundation Trust has signed an agreement with Brackley University. "
        "The trust provides care from two sites, Quenby General Hospital and Marlbeck "
        "Community Hospital, and employs 4,000 staff."
    )
    assert found.get("Harrowdale NHS Foundation Trust") == "Organisation"
    assert found.get("Quenby General Hospital") == "Place"
    assert found.get("Marlbeck Community Hospital") == "Place"


def test_a_hospital_of_a_place_is_a_place():
    found = typed(
        "Harrowdale NHS Foundation Trust will open a new ward at the University Hospital "
        "of Quenby next spring."
    )
    assert found.get("University Hospital of Quenby") == "Place"


def test_a_hospital_named_for_its_trust_is_the_trust():
    found = typed(
        "Dr Ann Tollis has been appointed chair of Quenby General Hospital NHS Foundation "
        "Trust. She will join Quenby General Hospital in May."
    )
    assert found.get("Quenby General Hospital") != "Place"
    assert found.get("Quenby General Hospital NHS Foundation Trust") == "Organisation"


def test_a_hospital_alone_on_the_page_is_the_body():
    found = typed("Quenby General Hospital has won a national award for its volunteers.")
    assert found.get("Quenby General Hospital") == "Organisation"


def test_a_group_of_hospitals_is_a_body():
    found = typed(
        "The Marlbeck Group of Hospitals has opened a new wing at Quenby General Hospital."
    )
    assert found.get("Marlbeck Group of Hospitals") == "Organisation"
    assert found.get("Quenby General Hospital") == "Place"


def test_a_shopping_arcade_is_a_place():
    found = typed("Harrowdale CVS has opened a shop in the Minster Arcade in Quenby.")
    assert found.get("Harrowdale CVS") == "Organisation"
    assert found.get("Minster Arcade") == "Place"
