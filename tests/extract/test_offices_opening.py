"""A body "is opening" an office, a shop or a drop-in in a place: it works there
(vocab/place_work_verbs.txt, read by rules/place_arcs.py), as "opens" and "opened"
already said. Made-up names."""

from __future__ import annotations

from tests.extract.reading import located


def test_a_body_opening_a_second_office_works_there():
    found = located(
        "Advice charity expands\n\n"
        "Dorley Money Advice is opening a second office in Ayton, in the north of "
        "Westshire, to serve people in the villages.\n"
    )
    assert ("Dorley Money Advice", "Ayton") in found


def test_a_mayor_opening_a_wing_places_no_body():
    found = located(
        "New wing for library\n\nThe mayor is opening the new wing at Fenby Library next week.\n"
    )
    assert not {pair for pair in found if pair[1] == "Fenby Library"}
