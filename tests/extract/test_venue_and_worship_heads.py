"""A "... Chapel" is a venue, a place, and so is a "... Leisure Centre" or "... Youth
Centre" (two last words, `vocab/head_venue_compounds.txt`), though "Centre" ends bodies'
names too; a "... Gurdwara" or "... Mandir" is the body its people make up, as a mosque
or a synagogue is, not a place nor a person."""

from __future__ import annotations

from tests.extract.reading import entities


def test_a_chapel_sung_at_is_a_place():
    text = "The choir sang at the Weavers' Chapel in Ollerdale on Sunday.\n"
    assert ("Place", "Weavers' Chapel") in entities(text)


def test_a_gurdwara_that_runs_a_food_bank_is_a_body():
    text = "The Ashwold Gurdwara runs a food bank in Ollerdale every Friday.\n"
    found = entities(text)
    assert ("Organisation", "Ashwold Gurdwara") in found
    assert ("Place", "Ashwold Gurdwara") not in found


def test_a_mandir_listed_with_a_gurdwara_is_a_body():
    text = "Volunteers from Ollerdale Gurdwara and Ashwold Hindu Mandir cooked the lunch.\n"
    found = entities(text)
    assert ("Organisation", "Ashwold Hindu Mandir") in found
    assert ("Person", "Ashwold Hindu Mandir") not in found


def test_a_youth_centre_that_hosts_is_a_place():
    text = "Ollerdale Youth Centre hosted a disco for forty teenagers on Friday.\n"
    found = entities(text)
    assert ("Place", "Ollerdale Youth Centre") in found
    assert ("Organisation", "Ollerdale Youth Centre") not in found


def test_a_church_hall_and_a_fire_station_are_places():
    text = (
        "The lunch club meets at St Oda's Church Hall in Ollerdale, and the open day"
        " is at Ashwold Fire Station.\n"
    )
    found = entities(text)
    assert ("Place", "St Oda's Church Hall") in found
    assert ("Organisation", "St Oda's Church Hall") not in found
    assert ("Place", "Ashwold Fire Station") in found
