"""A building named for the work once done in it ("The Old Forge", "the Granary",
"The Old Courthouse": `vocab/head_venue.txt`) is a venue, a place, and what is held
there is located in it."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_an_old_forge_after_a_meeting_time_is_a_place():
    text = "Tenants' committee meeting\nTuesday 3 March 2026, 7pm, The Old Forge (back room)\n"
    assert ("Place", "Old Forge") in entities(text)


def test_a_granary_with_its_town_places_the_fair():
    text = "The Wenmarsh Carers Fair was held on 4 June at The Granary, Wenmarsh.\n"
    found = entities(text)
    assert ("Place", "Granary") in found
    assert ("Organisation", "Granary") not in found
    assert ("Wenmarsh Carers Fair", "Granary") in located(text)


def test_a_body_working_at_an_old_foundry_is_located_there():
    text = "The Quillbrook Youth Trust runs an evening drop-in for teenagers at the Old Foundry.\n"
    assert ("Quillbrook Youth Trust", "Old Foundry") in located(text)


def test_an_old_courthouse_with_an_address_is_a_place():
    text = "Council offices: The Old Courthouse, Pike Row, Wenmarsh\n"
    found = entities(text)
    assert ("Place", "Old Courthouse") in found
    assert ("Place", "Pike Row") in found
