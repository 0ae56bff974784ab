"""A visit the page is about is named with who made it when the page says so:
"<Visitor>'s visit to <Host>", also "Visit of <Visitor> to <Host>"; the form
without the visitor stays an alias. Only people name a visit this way."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.coref import Entity
from collabgraph.extract.visit_names import name_visit
from tests.extract.reading import events
from tests.extract.reading import with_roles as rels


def _event(text: str) -> tuple[dict, dict]:
    seed = extract_text(text)
    (event,) = events(seed)
    return seed, event


def test_a_visit_is_named_with_the_person_who_made_it():
    seed, event = _event(
        "MP sees work of food bank\n\n"
        "Ada Brook MP visited Fenby Food Bank on Friday to meet its volunteers.\n"
    )
    assert event["name"] == "Ada Brook's visit to Fenby Food Bank"
    assert {"Visit of Ada Brook to Fenby Food Bank", "Visit to Fenby Food Bank"} <= set(
        event["aliases"]
    )
    assert ("Ada Brook", event["name"], "visitor") in rels(seed, "PARTICIPATED_IN")


def test_two_visitors_name_one_visit():
    _, event = _event(
        "Councillors tour new hub\n\n"
        "Cllr Tom Reed and Ada Brook MP visited the Dalby Community Hub on Monday.\n"
    )
    assert event["name"] == "Tom Reed and Ada Brook's visit to the Dalby Community Hub"
    assert "Visit of Tom Reed and Ada Brook to the Dalby Community Hub" in event["aliases"]


def test_a_visit_with_no_visitor_named_keeps_its_name():
    _, event = _event(
        "Health Minister visits Kelby Community Hub\n\n"
        "The minister spent an hour with volunteers on Friday.\n"
    )
    assert event["name"] == "Visit to Kelby Community Hub"


def test_only_people_name_a_visit():
    event = Entity(mentions=[], type="Event", name="Visit to Fenby Hall")
    body = Entity(mentions=[], type="Organisation", name="Kelby Trust")
    name_visit(event, [body])
    assert event.name == "Visit to Fenby Hall"
    person = Entity(mentions=[], type="Person", name="Ada Brook")
    name_visit(event, [body, person])
    assert event.name == "Ada Brook's visit to Fenby Hall"
    assert event.aliases == ["Visit of Ada Brook to Fenby Hall", "Visit to Fenby Hall"]


def test_another_occasion_is_not_renamed():
    event = Entity(mentions=[], type="Event", name="Opening of Fenby Hall")
    name_visit(event, [Entity(mentions=[], type="Person", name="Ada Brook")])
    assert event.name == "Opening of Fenby Hall"


def test_a_host_with_its_short_form_in_brackets_is_also_named_by_it():
    event = Entity(
        mentions=[], type="Event", name="Visit to Westshire Ambulance Service (WAS) headquarters"
    )
    name_visit(event, [Entity(mentions=[], type="Person", name="Ada Brook")])
    assert event.name == "Ada Brook's visit to Westshire Ambulance Service (WAS) headquarters"
    assert {
        "Visit of Ada Brook to WAS headquarters",
        "Ada Brook's visit to WAS headquarters",
        "Visit to WAS headquarters",
    } <= set(event.aliases)


def test_a_host_described_as_new_is_also_named_without_the_word():
    _, event = _event(
        "MP opens doors at food bank\n\n"
        "Ada Brook MP visited Fenby Food Bank's new Kelby distribution centre on Friday.\n"
    )
    assert event["name"] == "Ada Brook's visit to Fenby Food Bank's new Kelby distribution centre"
    assert {
        "Ada Brook's visit to Fenby Food Bank's Kelby distribution centre",
        "Visit of Ada Brook to Fenby Food Bank's Kelby distribution centre",
    } <= set(event["aliases"])


def test_only_a_describing_word_before_a_name_is_left_off():
    event = Entity(mentions=[], type="Event", name="Visit to the brand new Dalby Youth Hub")
    person = Entity(mentions=[], type="Person", name="Tom Reed")
    name_visit(event, [person])
    assert all("brand Dalby" not in a for a in event.aliases)
    assert event.name == "Tom Reed's visit to the brand new Dalby Youth Hub"
    other = Entity(mentions=[], type="Event", name="Visit to new premises of Kelby Trust")
    name_visit(other, [person])
    assert all("to premises" not in a for a in other.aliases)
