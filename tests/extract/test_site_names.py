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


def test_a_hospital_named_only_as_where_things_happen_is_a_place():
    # no trust on the page, but the hospital is only where the stalls and delays are
    found = typed(
        "Volunteers from Kelby Patient Voice set up stalls in Quenby General Hospital in "
        "Dalby, Marlbeck Community Hospital and Fenby War Memorial Hospital. Many delays "
        "are caused by problems at Harrowdale Hospital."
    )
    assert found.get("Quenby General Hospital") == "Place"
    assert found.get("Fenby War Memorial Hospital") == "Place"
    assert found.get("Harrowdale Hospital") == "Place"


def test_a_hospital_visited_or_acting_stays_the_body():
    found = typed(
        "The minister visited Quenby General Hospital to open its new ward. Marlbeck "
        "Hospital's move to Dalby was decided in 2019, and delays at Marlbeck Hospital fell."
    )
    assert found.get("Quenby General Hospital") == "Organisation"
    assert found.get("Marlbeck Hospital") == "Organisation"


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
