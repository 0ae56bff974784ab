"""An event people came to from a place is in that place: "Volunteers from across
Fenby came together ... at the Foo Awards", "people were commended for their work in
Ludlow at the Foo ceremony", "Representatives from across Westshire attended the Foo
Reception". Not a place of a body on the way ("volunteers from Tern Trust in
Westshire"), nor the state, nor where one person came from. Made-up bodies and
events; real places only from the gazetteer."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _located(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(f"News.\n\n{text}\n", path="page.txt"), "LOCATED_IN")


def test_volunteers_from_across_a_place_came_together_at_an_event():
    located = _located(
        "Volunteers from across Fenby came together to celebrate the year's success at "
        "the Foo Achievement Awards 2031, with a local volunteer walking off with the "
        "big prize."
    )
    assert ("Foo Achievement Awards 2031", "Fenby") in located


def test_people_commended_for_work_in_a_place_at_a_ceremony():
    located = _located(
        "More than 100 people were commended for their voluntary work in Ludlow at the "
        "Mayor's Award ceremony on 24 November."
    )
    assert ("Award ceremony", "Ludlow") in located


def test_representatives_from_across_a_place_attended_an_event():
    located = _located(
        "Representatives from across Westshire attended the Foo Reception hosted by Tern Trust."
    )
    assert ("Foo Reception", "Westshire") in located


def test_people_from_a_body_in_a_place_do_not_place_the_event():
    located = _located(
        "Volunteers from Tern Trust in Westshire attended the Foo Reception hosted by Gull Trust."
    )
    assert ("Foo Reception", "Westshire") not in located


def test_delegates_from_across_the_state_do_not_place_the_event():
    located = _located("Delegates from across the UK attended the Foo Reception.")
    assert ("Foo Reception", "UK") not in located


def test_one_person_from_a_place_does_not_place_the_event():
    located = _located("Jane Doe from Fenby spoke at the Foo Conference.")
    assert ("Foo Conference", "Fenby") not in located
