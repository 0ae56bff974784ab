"""A bare place name read as a body beside the place itself: one place (`place_twins`)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions import Mention
from collabgraph.extract.place_twins import fold_place_twins
from tests.extract.reading import pairs


def _entity(i: int, kind: str, name: str) -> Entity:
    m = Mention(id=i, text=name, title=None, block=0, section=0, sent=i, start=0, end=1)
    return Entity(mentions=[m], type=kind, name=name)


def test_a_body_named_only_as_a_place_of_the_page_is_that_place():
    body, place = _entity(1, "Organisation", "Dunholt"), _entity(2, "Place", "Dunholt")
    police = _entity(3, "Organisation", "Dunholt Police")
    by_mention = {1: body, 2: place, 3: police}
    kept = fold_place_twins([body, police, place], by_mention)
    assert [e.name for e in kept] == ["Dunholt Police", "Dunholt"]
    assert by_mention[1] is place and by_mention[3] is police


def test_a_bare_name_a_council_is_named_for_is_a_place():
    body = _entity(1, "Organisation", "Dunholt")
    council = _entity(2, "Organisation", "Dunholt Borough Council")
    kept = fold_place_twins([body, council], {1: body, 2: council})
    assert [(e.type, e.name) for e in kept] == [
        ("Place", "Dunholt"),
        ("Organisation", "Dunholt Borough Council"),
    ]


def test_a_body_whose_name_holds_more_than_the_place_stays_a_body():
    body, place = _entity(1, "Organisation", "Dunholt Buses"), _entity(2, "Place", "Dunholt")
    kept = fold_place_twins([body, place], {1: body, 2: place})
    assert [(e.type, e.name) for e in kept] == [
        ("Organisation", "Dunholt Buses"),
        ("Place", "Dunholt"),
    ]


def test_an_event_or_person_named_as_a_place_is_left_alone():
    event, person = _entity(1, "Event", "Dunholt"), _entity(2, "Person", "Ashby")
    place = _entity(3, "Place", "Ashby")
    kept = fold_place_twins([event, person, place], {1: event, 2: person, 3: place})
    assert [e.type for e in kept] == ["Event", "Person", "Place"]


def test_a_summit_in_a_town_many_bodies_are_named_for_is_in_the_town():
    seed = extract_text(
        "Dunholt youth summit\n\n"
        "Last Saturday I went to the Dunholt Youth Summit at the Corn Hall in Dunholt. "
        "It was organised by Dunholt Youth Forum and Dunholt Borough Council.\n"
    )
    assert ("Dunholt Youth Summit", "Dunholt") in pairs(seed, "LOCATED_IN")
    assert ("Organisation", "Dunholt") not in {(e["type"], e["name"]) for e in seed["entities"]}
