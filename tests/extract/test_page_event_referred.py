"""An occasion the page is about keeps the forms the page refers back to it by
("The visit started with ...", "her visit", "the opening") among its names, as
an event named by its noun does (page_event/back_refs.py); and a visit to a body
written with its short form in brackets stays an event, the body beside it with
its short form. An owned event keeps a describing word the page capitalises ("Foo's
first hybrid Regional Summit": "Foo Regional Summit")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events


def _aliases(text: str) -> list[str]:
    (event,) = events(extract_text(text))
    return event.get("aliases", [])


def test_a_visit_the_page_refers_back_to_is_also_called_so():
    aliases = _aliases(
        "Ada Brook MP visited the Northtown Food Hub on Friday.\n\n"
        "Tom Reed, manager, said: “The visit was a chance to show our work.”\n\n"
        "Talking about her visit, Ada Brook praised the volunteers.\n"
    )
    assert "visit" in aliases
    assert "her visit" in aliases


def test_an_opening_the_page_refers_back_to_is_also_called_so():
    aliases = _aliases(
        "The Mayor of Westshire officially opened the Northtown Youth Centre on Monday.\n\n"
        "Over 40 guests attended the opening, which Westshire Youth Trust hosted.\n"
    )
    assert "opening" in aliases


def test_the_visit_of_another_is_not_a_form_of_the_page_visit():
    aliases = _aliases(
        "Ada Brook MP visited the Northtown Food Hub on Friday.\n\n"
        "Tom Reed said the visit of the Westshire Carers next week will follow.\n"
    )
    assert "visit" not in aliases


def test_a_visit_to_a_body_with_its_short_form_in_brackets_stays_an_event():
    seed = extract_text(
        "Ada Brook MP has visited East Westshire Ambulance Service (EWAS) headquarters today.\n\n"
        "Jane Doe, EWAS General Manager, said: “The visit started with a tour.”\n\n"
        "EWAS crews answered 900 calls last week, and EWAS staff met them.\n"
    )
    (event,) = events(seed)
    assert event["name"].startswith("Ada Brook's visit to East Westshire Ambulance Service")
    assert "EWAS" not in event.get("aliases", [])  # the body's short form, not the visit's
    body = next(e for e in seed["entities"] if e["name"] == "East Westshire Ambulance Service")
    assert body["type"] == "Organisation"
    assert "EWAS" in body.get("aliases", [])


def test_a_describing_word_written_in_capitals_stays_in_an_owned_events_name():
    for text, name in (
        (
            "Westshire Carers' first hybrid Regional Summit took place earlier this "
            "month, with 300 delegates attending the event in Northtown.\n\n"
            "Ada Brook spoke about carers' rights.\n",
            "Westshire Carers Regional Summit",
        ),
        (
            "Northtown Trust's online Regional Meeting was held on Monday, with 40 members "
            "attending.\n\nAda Brook chaired the meeting.\n",
            "Northtown Trust Regional Meeting",
        ),
    ):
        (event,) = events(extract_text(text))
        assert event["name"] == name
        assert name.split(maxsplit=2)[-1] in event.get("aliases", [])  # "Regional Summit"


def test_a_describing_word_in_lower_case_is_still_left_out():
    text = (
        "Northtown Trust's online regional meeting was held on Monday, with 40 members "
        "attending.\n\nAda Brook chaired the meeting.\n"
    )
    (event,) = events(extract_text(text))
    assert "regional" not in event["name"].lower()
