"""Places only a list says are places: after "residents of", "the villages of"
(`vocab/place_of_nouns.txt`), and a comma list closed by "and" after its last name
("in Fenby, Ashby Green and the villages around"); a council named "<Place>
Metropolitan Council" is in its place; a body's old or former site is not where it
is. Made-up names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _types(text: str) -> dict[str, str]:
    return {e["name"]: e["type"] for e in extract_text(text)["entities"]}


def test_names_listed_after_residents_of_are_places():
    types = _types("The hub will serve residents of Fenby, Ashby Green and Little Tarnby.\n")
    assert types.get("Ashby Green") == "Place"
    assert types.get("Little Tarnby") == "Place"


def test_a_comma_list_closed_after_its_last_name_is_places():
    types = _types(
        "The new hub serves residents of Fenby, Ashby Green and the villages around them.\n"
    )
    assert types.get("Ashby Green") == "Place"


def test_a_service_covering_places_listed_before_the_villages_of():
    seed = extract_text(
        "The Tarn Peer Support Service is run by Fenby Mind. "
        "The service covers Ormby, Hawsby and the villages of Upper Tarnby.\n"
    )
    located = pairs(seed, "LOCATED_IN")
    assert ("Tarn Peer Support Service", "Ormby") in located
    assert ("Tarn Peer Support Service", "Hawsby") in located


def test_people_listed_after_the_families_of_are_not_places():
    types = _types("The award went to the families of Jo Tern and Ada Foss.\n")
    assert types.get("Jo Tern") == "Person"
    assert types.get("Ada Foss") == "Person"


def test_people_thanked_in_a_comma_list_are_not_places():
    types = _types("We thanked Jo Tern, Ada Foss and the volunteers.\n")
    assert types.get("Jo Tern") == "Person"


def test_a_metropolitan_council_is_in_its_place():
    seed = extract_text(
        "Better Start Dunby is Dunby Metropolitan Council's programme for under-fives.\n"
    )
    assert ("Dunby Metropolitan Council", "Dunby") in pairs(seed, "LOCATED_IN")
    assert {"type": "Place", "name": "Dunby"} in [
        {"type": e["type"], "name": e["name"]} for e in seed["entities"]
    ]


def test_a_body_moving_from_its_old_base_is_not_placed_there():
    located = pairs(
        extract_text(
            "Tenants include Kelby Carers' Network and the Fenby Advice Bureau, "
            "which moves from its old base in Ashby Green.\n"
        ),
        "LOCATED_IN",
    )
    assert not {p for p in located if p[1] == "Ashby Green"}


def test_a_body_with_offices_in_places_is_there():
    located = pairs(extract_text("Fenby Trust has offices in Kelby and Dunholt.\n"), "LOCATED_IN")
    assert {("Fenby Trust", "Kelby"), ("Fenby Trust", "Dunholt")} <= located


def test_a_heading_name_read_as_a_person_that_a_council_is_named_for_is_the_place():
    seed = extract_text(
        "Village notes\n\n"
        "Ashby Marsh: new clerk\n"
        "Ashby Marsh Parish Council has appointed Jo Tern as its new Parish Clerk.\n"
    )
    kinds = {(e["type"], e["name"]) for e in seed["entities"]}
    assert ("Place", "Ashby Marsh") in kinds
    assert ("Person", "Ashby Marsh") not in kinds
    assert ("Person", "Jo Tern") in kinds
