"""A body named for its members ("Sea Cadets") or a company of players ("Youth
Theatre") is an organisation, not a place, whatever the recogniser reads in it
(mentions/votes.py, vocab/head_organisation_clubs.txt,
vocab/head_organisation_compounds.txt)."""

from __future__ import annotations

from tests.extract.reading import entities


def test_sea_cadets_are_a_body_not_a_place():
    text = (
        "Volunteer news\n\nMo Akers, who leads Ferrington Sea Cadets, was thanked at the "
        "volunteers' supper.\n"
    )
    found = entities(text)
    assert ("Organisation", "Ferrington Sea Cadets") in found
    assert ("Place", "Ferrington Sea Cadets") not in found


def test_a_youth_theatre_is_a_body_not_a_place():
    text = (
        "Summer shows\n\nMembers of Ferrington Youth Theatre performed a new play written "
        "with residents of Holm Lea care home.\n"
    )
    found = entities(text)
    assert ("Organisation", "Ferrington Youth Theatre") in found
    assert ("Place", "Ferrington Youth Theatre") not in found
