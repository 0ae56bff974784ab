"""A name ending in a venue's word ("... Hotel", "... Library") listed among bodies
is one more body (`mentions/venue_bodies.py`); listed after a word of where, or
with other venues, it stays a place. Made-up names."""

from __future__ import annotations

from collabgraph.extract import extract_text


def _types(text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in extract_text(text)["entities"]}


def test_a_hotel_listed_with_sponsoring_bodies_is_a_body():
    types = _types(
        "This year's prizes were sponsored by Wren & Cole Solicitors, Dunby College "
        "and the Quayside Hotel.\n"
    )
    assert types.get("Quayside Hotel") == "Organisation"


def test_a_library_listed_with_bodies_running_stands_is_a_body():
    types = _types(
        "Stands will be run by Kelby Memory Service, Fenby Carers Trust, Ashby Library "
        "and Tarn Care Homes.\n"
    )
    assert types.get("Ashby Library") == "Organisation"


def test_libraries_listed_after_at_stay_places():
    types = _types(
        "Drop-in sessions run at Dunby Central Library, Ashby Library and the Fenby "
        "Community Hub, which Kelby Trust hosts.\n"
    )
    assert types.get("Ashby Library") == "Place"


def test_a_hall_listed_with_places_stays_a_place():
    types = _types("The choir sings at Kelby Town Hall, Fenby and Dunby Corn Exchange.\n")
    assert types.get("Kelby Town Hall") == "Place"
