"""Where a project or service is, said in a sentence after the one naming it: "It is
based at Y House", "Its team is based at ...", "The club meets at Y Hall" (the last
words of the project's name), "The advice point is open every Monday in Y Hall",
"Until now the service had been open to people in A and B"; and served through
the thing a verb of work gives ("lends bikes to job seekers in X"). Made-up
projects, bodies and places."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "LOCATED_IN")


def test_it_after_a_sentence_opening_with_a_project_is_the_project():
    located = _located(
        "The Tarn Warm Rooms Service is run by Fenby Trust. It is based at Crane House in Kelby.\n"
    )
    assert ("Tarn Warm Rooms Service", "Crane House") in located
    assert ("Tarn Warm Rooms Service", "Kelby") in located


def test_its_staff_after_the_service_was_open_to_families_in_places():
    located = _located(
        "The Kestrel Listening Service is run by Fenby Health Trust. "
        "Before this year the service was only open to families in Dunholt and Marbury. "
        "Its staff are based at Crane House in Kelby.\n"
    )
    assert {
        ("Kestrel Listening Service", "Dunholt"),
        ("Kestrel Listening Service", "Marbury"),
        ("Kestrel Listening Service", "Crane House"),
    } <= located


def test_the_last_words_of_a_project_name_open_a_sentence_saying_where_it_meets():
    located = _located(
        "Moss Lane Lunch Club is run by Fenby Trust. "
        "The lunch club meets every Tuesday at Crane Hall.\n"
    )
    assert ("Moss Lane Lunch Club", "Crane Hall") in located


def test_the_advice_point_is_open_in_a_hall():
    located = _located(
        "Kelby Law Centre and Fenby Trust have set up the Dunholt Advice Point. "
        "The advice point is open on Monday mornings in Wren Street Community Hall.\n"
    )
    assert ("Dunholt Advice Point", "Wren Street Community Hall") in located


def test_a_project_lending_things_to_people_in_a_place_is_there():
    located = _located(
        "The Second Wheels scheme is run by Fenby Trust. "
        "The project lends refurbished bikes to carers in Marbury.\n"
    )
    assert ("Second Wheels", "Marbury") in located


def test_it_after_a_sentence_opening_with_a_body_is_not_the_project():
    located = _located(
        "The Tarn Warm Rooms Service began in 2020. Fenby Trust took it over last year. "
        "It is based at Crane House.\n"
    )
    assert ("Tarn Warm Rooms Service", "Crane House") not in located


def test_it_two_sentences_after_the_project_is_not_read_as_the_project():
    located = _located(
        "The Tarn Warm Rooms Service is run by Fenby Trust. Volunteers visit homes each week. "
        "It is based at Crane House.\n"
    )
    assert ("Tarn Warm Rooms Service", "Crane House") not in located


def test_another_club_is_not_the_project_whose_name_ends_in_club():
    located = _located(
        "Moss Lane Lunch Club is run by Fenby Trust. "
        "The book club meets every Tuesday at Crane Hall.\n"
    )
    assert ("Moss Lane Lunch Club", "Crane Hall") not in located


def test_a_body_giving_things_to_people_in_a_place_is_not_placed_there():
    located = _located("Fenby Trust gave laptops to pupils in Marbury.\n")
    assert ("Fenby Trust", "Marbury") not in located


def test_a_gallery_where_a_preview_was_held_is_a_place():
    types = {
        e["name"]: e["type"]
        for e in extract_text(
            "The weekend began with a preview at the Quayside Gallery, opened by "
            "Kelby Arts Network chair Jo Tern.\n"
        )["entities"]
    }
    assert types.get("Quayside Gallery") == "Place"


def test_a_gallery_running_workshops_is_a_place_when_they_are_held_there():
    types = {
        e["name"]: e["type"]
        for e in extract_text(
            "Lanterns were made in workshops at the Wren Gallery, run by artist Priya Nandra.\n"
        )["entities"]
    }
    assert types.get("Wren Gallery") == "Place"


def test_a_gallery_that_acts_is_not_made_a_place_by_an_activity_noun():
    types = {
        e["name"]: e["type"]
        for e in extract_text(
            "Kelby Gallery has appointed Jo Tern as its new director. "
            "Kelby Gallery will run workshops for schools.\n"
        )["entities"]
    }
    assert types.get("Kelby Gallery") == "Organisation"
