"""Streets whose names end in "Row" or "Way" are places like "... Road" ones
(vocab/place_street_heads.txt), and a venue written "on" such a street is two
places, not one name (mentions/worded_names.py). Made-up names."""

from __future__ import annotations

from tests.extract.reading import located, types_of


def test_row_street_is_a_place() -> None:
    text = (
        "Pantry opens\n\n"
        "A community pantry opened on Wednesday in the former housing office on "
        "Cinder Row, Kelby. It is run by Fenby Community Trust.\n"
    )
    assert types_of(text).get("Cinder Row") == "Place"


def test_way_street_is_a_place() -> None:
    text = (
        "Boxing club news\n\n"
        "Dalby Amateur Boxing Club trains around 150 young people a week in a "
        "converted garage on Ormley Way.\n"
    )
    assert types_of(text).get("Ormley Way") == "Place"
    assert ("Dalby Amateur Boxing Club", "Ormley Way") in located(text)


def test_venue_on_a_row_is_two_places() -> None:
    text = (
        "Food bank news\n\n"
        "It operates from three centres: Kelby Baptist Church, the Westfield Pantry "
        "on Cinder Row and the Lamplight Mission hall on Mill Road.\n"
    )
    kinds = types_of(text)
    assert "Westfield Pantry on Cinder Row" not in kinds
    assert kinds.get("Cinder Row") == "Place"


def test_programme_with_a_pronoun_is_no_street() -> None:
    text = (
        "New programme\n\n"
        "Fenby Mind has launched Walk Our Way, a programme of weekly walks for men.\n"
    )
    assert types_of(text).get("Walk Our Way") != "Place"
